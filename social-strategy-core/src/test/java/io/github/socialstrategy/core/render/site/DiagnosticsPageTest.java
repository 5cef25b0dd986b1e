package io.github.socialstrategy.core.render.site;

import static io.github.socialstrategy.core.render.site.Sites.cells;
import static io.github.socialstrategy.core.render.site.Sites.one;
import static io.github.socialstrategy.core.render.site.Sites.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plan with errors and warnings in several files ({@code site/broken}): the diagnostics page groups them
 * by file and by rule, each linked to the page of the entity it is about, and every page carries the
 * errors banner.
 */
class DiagnosticsPageTest {

  private static CheckResult checked;
  private static MemorySiteOutput site;
  private static Document diagnostics;

  @BeforeAll
  static void render() {
    checked = Sites.check(Sites.fixture("broken"));
    site = Sites.render(checked);
    diagnostics = Sites.page(site, "diagnostics.html");
  }

  @Test
  void theFixtureBreaksSeveralRulesInSeveralFiles() {
    assertThat(checked.errors()).isEqualTo(8);
    assertThat(checked.warnings()).isGreaterThanOrEqualTo(6);
    assertThat(files()).containsOnlyKeys(
        "activities.yaml", "campaigns.yaml", "mixed.yaml", "objectives.yaml", "plan.yaml", "results/followers.csv", "strategies.yaml");
  }

  @Test
  void theLedeCountsTheFindings() {
    assertThat(one(diagnostics, "main p.lede").text())
        .startsWith(checked.diagnostics().size() + " findings: 8 errors, " + checked.warnings() + " warnings.");
  }

  @Test
  void findingsAreGroupedByFileInPathOrder() {
    Element section = one(diagnostics, "section[aria-labelledby=by-file]");
    List<String> headings = section.select("h3 code").eachText();
    Map<String, List<Diagnostic>> byFile = files();

    assertThat(headings).containsExactlyElementsOf(byFile.keySet());
    for (Element h3 : section.select("h3")) {
      String file = h3.text();
      Element table = one(h3.nextElementSibling(), "table.findings");
      List<String> places = table.select("tbody > tr > td:eq(1)").eachText();
      assertThat(places).as("findings of %s", file)
          .containsExactlyElementsOf(byFile.get(file).stream().map(d -> d.location().toString()).toList());
    }
  }

  @Test
  void findingsAreGroupedByRuleWithTheRuleExplained() {
    Element section = one(diagnostics, "section[aria-labelledby=by-rule]");
    List<String> expected = Arrays.stream(Rule.values())
        .filter(r -> checked.diagnostics().stream().anyMatch(d -> d.rule() == r))
        .map(r -> "rule-" + r.id())
        .toList();

    assertThat(section.select("h3[id]").eachAttr("id")).containsExactlyElementsOf(expected);
    for (Element h3 : section.select("h3[id]")) {
      String rule = h3.id().substring("rule-".length());
      long n = checked.diagnostics().stream().filter(d -> d.rule().id().equals(rule)).count();
      Element explanation = h3.nextElementSibling();
      assertThat(explanation.text()).as("explanation of %s", rule).contains("To fix:");
      Element table = one(explanation.nextElementSibling(), "table.findings");
      assertThat(table.select("tbody > tr")).as("findings of %s", rule).hasSize((int) n);
      assertThat(table.select("tbody > tr > td:eq(3)").eachText()).containsOnly(rule);
    }
  }

  @Test
  void eachFindingLinksToThePageOfTheEntityItIsAbout() {
    Map<String, String> entityOfPlace = new TreeMap<>();
    for (Element row : one(diagnostics, "section[aria-labelledby=by-file]").select("table.findings tbody > tr")) {
      Element link = row.selectFirst("td:eq(4) a[href]");
      entityOfPlace.put(cells(row).get(1), link == null ? "-" : target("diagnostics.html", link.attr("href")));
    }

    assertThat(entityOfPlace)
        .containsEntry("activities.yaml:7:9", "activities/orphan-video.html")
        .containsEntry("activities.yaml:9:18", "activities/orphan-video.html")
        .containsEntry("campaigns.yaml:4:13", "campaigns/backwards.html")
        .containsEntry("objectives.yaml:5:5", "objectives/be-known.html")
        .containsEntry("strategies.yaml:7:14", "strategies/shop-posts.html")
        // the plan's own settings and result rows belong to no entity page
        .containsEntry("plan.yaml:9:17", "-")
        .containsEntry("results/followers.csv:3:1", "-")
        // a result after a channel in the same file is not the channel's finding
        .containsEntry("mixed.yaml:8:11", "-");
    entityOfPlace.values().stream().filter(t -> !t.equals("-")).forEach(t -> assertThat(site.files()).containsKey(t));
  }

  @Test
  void entityPagesShowTheirOwnFindingsOnly() {
    Element orphan = one(Sites.page(site, "activities/orphan-video.html"), "section[aria-labelledby=findings-h]");
    assertThat(orphan.select("tbody > tr > td:eq(3)").eachText()).containsExactly("untraced-activity", "unresolved-reference");

    assertThat(Sites.page(site, "channels/newsletter.html").select("section[aria-labelledby=findings-h]"))
        .as("the bad result row after the newsletter channel is not the channel's finding")
        .isEmpty();
    assertThat(Sites.page(site, "activities/weekly-post.html").select("section[aria-labelledby=findings-h]")).isEmpty();
  }

  @Test
  void theErrorsBannerIsOnEveryPageAndLinksToTheDiagnostics() {
    for (String path : Sites.htmlPaths(site)) {
      Element banner = one(Sites.page(site, path), ".banner");
      assertThat(banner.text()).as(path).startsWith("This plan has 8 errors.");
      assertThat(target(path, one(banner, "a").attr("href"))).isEqualTo("diagnostics.html");
    }
  }

  @Test
  void theDashboardShowsTheMostImportantFindingsFirst() {
    Document d = Sites.page(site, "index.html");
    Element section = one(d, "section[aria-labelledby=findings-h]");
    List<String> severities = section.select("table.findings tbody > tr > td:eq(0)").eachText();

    assertThat(severities).hasSize(8).containsOnly("error");
    Element all = one(section, "> p > a[href]");
    assertThat(all.text()).isEqualTo("All " + checked.diagnostics().size() + " findings");
    assertThat(target("index.html", all.attr("href"))).isEqualTo("diagnostics.html");
    assertThat(d.select("section[aria-labelledby=health-h] li.card").eachText())
        .contains("8 errors", checked.warnings() + " warnings", "1 of 2 activities trace to an objective");
  }

  @Test
  void planJsonListsEveryFinding() {
    Map<String, Object> root = Json.object(Json.parse(site.text("plan.json")));
    List<Object> list = Json.array(root.get("diagnostics"));

    assertThat(list).hasSize(checked.diagnostics().size());
    assertThat(Json.object(list.get(0)).keySet()).containsExactly("rule", "severity", "file", "line", "column", "message", "entityKind", "entityId");
    assertThat(Json.object(root.get("health"))).containsEntry("errors", 8.0).containsEntry("warnings", (double) checked.warnings());
  }

  @Test
  void aCleanPlanChecksClean() {
    CheckResult clean = Sites.check(io.github.socialstrategy.core.PlanFixture.CLEAN);
    Document d = Sites.page(Sites.render(clean), "diagnostics.html");

    assertThat(clean.diagnostics()).isEmpty();
    assertThat(one(d, "main p.ok").text()).isEqualTo("The plan checks clean.");
    assertThat(d.select("table.findings, .banner")).isEmpty();
  }

  private static Map<String, List<Diagnostic>> files() {
    return checked.diagnostics().stream()
        .collect(Collectors.groupingBy(d -> d.location().file().displayPath(), TreeMap::new, Collectors.toCollection(ArrayList::new)));
  }
}
