package io.github.socialstrategy.core.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each import read, on the results page ("Imports") and in {@code plan.json} ({@code imports}). */
class ImportsTableTest {

  @TempDir Path dir;

  private CheckResult planWithAnAdsImport() throws Exception {
    PlanFixture plan = PlanFixture.clean(dir);
    plan.write(
        "exports/x-ads.csv",
        "Campaign,Time,Spend,Impressions,Engagements\n"
            + "Spring launch promoted posts,2026-03-10,12.50,900,31\n"
            + "Spring launch promoted posts,2026-03-11,10.00,800,29\n"
            + "Follower growth,2026-03-10,4.00,300,9\n"
            + "Total,,26.50,2000,69\n");
    plan.write(
        "imports.yaml",
        """
        imports:
          - file: exports/x-ads.csv
            format: x-ads
            channel: x
            cost: Spend
            campaigns: { Spring launch promoted posts: spring-launch }
            metrics: { Impressions: impressions, Engagements: engagements }
        """);
    return plan.check();
  }

  @Test
  void theResultsPageListsEachImportWithWhatItRead() throws Exception {
    CheckResult checked = planWithAnAdsImport();
    MemorySiteOutput site = Sites.render(checked);
    Document page = Sites.page(site, "results.html");

    Element section = page.selectFirst("section[aria-labelledby=imports-h]");
    assertThat(section).isNotNull();
    assertThat(section.select("thead th").eachText())
        .containsExactly(
            "Export", "Format", "Rows", "Totals rows skipped", "Results", "Metrics", "Dates", "Recorded cost",
            "Rows of unmapped campaigns");
    List<String> cells = section.select("tbody tr").first().select("th, td").eachText();
    assertThat(cells)
        .containsExactly(
            "exports/x-ads.csv", "x-ads", "3", "1", "6", "Engagements, Impressions", "2026-03-10 to 2026-03-11", "EUR 27",
            "1 (1 campaign)");
    assertThat(section.select("tbody td a").eachAttr("href")).containsExactly("metrics/engagements.html", "metrics/impressions.html");
  }

  @Test
  void planJsonListsTheSameFigures() throws Exception {
    CheckResult checked = planWithAnAdsImport();
    MemorySiteOutput site = Sites.render(checked);
    Map<String, Object> root = Json.object(Json.parse(site.text("plan.json")));

    Map<String, Object> entry = Json.object(((List<?>) root.get("imports")).get(0));
    assertThat(entry.keySet())
        .containsExactly(
            "file", "sheet", "format", "rows", "totalsRows", "results", "metrics", "first", "last", "cost", "unmappedRows",
            "unmappedCampaigns");
    assertThat(entry)
        .containsEntry("file", "exports/x-ads.csv")
        .containsEntry("sheet", null)
        .containsEntry("format", "x-ads")
        .containsEntry("rows", 3.0)
        .containsEntry("totalsRows", 1.0)
        .containsEntry("results", 6.0)
        .containsEntry("metrics", List.of("engagements", "impressions"))
        .containsEntry("first", "2026-03-10")
        .containsEntry("last", "2026-03-11")
        .containsEntry("cost", 26.5)
        .containsEntry("unmappedRows", 1.0)
        .containsEntry("unmappedCampaigns", 1.0);
  }

  @Test
  void aPlanWithoutImportsSaysSo() throws Exception {
    CheckResult checked = PlanFixture.clean(dir).check();
    Document page = Sites.page(Sites.render(checked), "results.html");

    assertThat(page.selectFirst("section[aria-labelledby=imports-h]").text()).contains("The plan imports no platform exports.");
  }
}
