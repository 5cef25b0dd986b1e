package io.github.socialstrategy.core.render.site;

import static io.github.socialstrategy.core.render.site.Sites.cells;
import static io.github.socialstrategy.core.render.site.Sites.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A small plan ({@code site/gaps}) whose one activity covers one framework goal: the coverage page marks
 * every other goal as a gap, and warnings alone raise no error banner.
 */
class CoverageGapsTest {

  private static CheckResult checked;
  private static MemorySiteOutput site;

  @BeforeAll
  static void render() {
    checked = Sites.check(Sites.fixture("gaps"));
    site = Sites.render(checked);
  }

  @Test
  void theFixtureHasWarningsButNoErrors() {
    assertThat(checked.errors()).isZero();
    assertThat(checked.warnings()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void everyGoalWithoutAnActivityIsMarkedAsAGap() {
    Document c = Sites.page(site, "coverage.html");
    List<Element> rows = c.select("table.coverage tbody > tr");

    assertThat(rows).extracting(r -> one(r, "th[scope=row]").ownText().trim())
        .containsExactlyElementsOf(PlanFiles.FOUR_PILLARS.values().stream().flatMap(List::stream).toList());
    for (Element row : rows) {
      String goal = one(row, "th[scope=row]").ownText().trim();
      boolean gap = !goal.equals("awareness");
      assertThat(row.hasClass("gap")).as("gap class of %s", goal).isEqualTo(gap);
      assertThat(row.select("th .badge").eachText()).as("badge of %s", goal).isEqualTo(gap ? List.of("gap") : List.of());
    }
    // "listening" has a strategy, but no activity: still a gap
    Element listening = rows.stream().filter(r -> one(r, "th").ownText().trim().equals("listening")).findFirst().orElseThrow();
    assertThat(listening.hasClass("gap")).isTrue();
    assertThat(one(c, "p.lede").text()).contains("14 goals have no activity at all");
  }

  @Test
  void theCoveredGoalCountsItsActivityOnItsChannel() {
    Element table = one(Sites.page(site, "coverage.html"), "section[aria-labelledby=pillar-marketing] table.coverage");
    List<String> header = cells(one(table, "thead tr"));
    Element awareness = one(table, "tbody > tr:not(.gap)");
    List<String> row = cells(awareness);

    assertThat(header).containsExactly("Goal", "Company blog", "No channel (internal)", "Activities", "Hours");
    // one activity on the blog, 2 hours a week for the whole year
    assertThat(row.get(1)).startsWith("1");
    assertThat(row.get(2)).isEmpty();
    assertThat(row.get(3)).isEqualTo("1");
    assertThat(row.get(4)).isEqualTo(Sites.count(2 * 365 / 7.0) + " h");
  }

  @Test
  void dashboardShowsTheCoverageGapAndTheUnmeasuredPillarsWithoutABanner() {
    Document d = Sites.page(site, "index.html");
    List<Element> cards = d.select("section[aria-labelledby=health-h] li.card");

    assertThat(cards).extracting(Element::text).contains("1 of 15 framework goals have activities", "0 errors", checked.warnings() + " warnings");
    assertThat(cards.stream().filter(e -> e.text().startsWith("1 of 15")).findFirst().orElseThrow().hasClass("card-warn")).isTrue();
    // no allocation in this plan: no "Intended" column
    assertThat(one(d, "section[aria-labelledby=alloc-h] table:has(caption) thead").text()).doesNotContain("Intended");
    for (String path : Sites.htmlPaths(site)) {
      assertThat(Sites.page(site, path).select(".banner")).as("banner on %s", path).isEmpty();
    }
    assertThat(one(d, "footer").text()).contains("0 errors, " + checked.warnings() + " warnings");
  }

  @Test
  void anObjectiveWhoseStrategyHasNoActivitySaysSo() {
    Document d = Sites.page(site, "objectives/listen-better.html");
    Element item = one(d, "section[aria-labelledby=trace-h] ul.trace > li");

    assertThat(item.select("a").eachText()).containsExactly("Listening, not yet staffed");
    assertThat(item.text()).contains("(no activity)");
    assertThat(one(d, "section[aria-labelledby=findings-h]").select("tbody tr td:eq(3)").eachText()).containsExactly("uncovered-objective");
  }

  @Test
  void aCellWithoutAnActivityIsNeutralUnlessItsGoalHasNoneAtAll() {
    Element table = one(Sites.page(site, "coverage.html"), "section[aria-labelledby=pillar-marketing] table.coverage");
    Element awareness = one(table, "tbody > tr:not(.gap)");
    // the "No channel" cell of a covered goal: empty, neutral
    assertThat(awareness.select("td.empty")).isEmpty();
    for (Element gapRow : table.select("tbody > tr.gap")) {
      assertThat(gapRow.select("td.empty")).hasSize(2);
    }
    assertThat(one(Sites.page(site, "coverage.html"), "p.lede").text())
        .contains("a goal and channel without an activity is neutral", "A gap is a goal with no activity on any channel");
  }

  @Test
  void aPillarTheAllocationFundsWithNoGoalWorkedOnIsAGap(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String plan = java.nio.file.Files.readString(Sites.fixture("gaps").resolve("plan.yaml"))
        .replace("asOf: 2026-06-30", "asOf: 2026-06-30\n  allocation: { marketing: 60, intelligence: 30, sales: 10, service: 0 }");
    CheckResult funded = io.github.socialstrategy.core.PlanFixture.empty(dir).overlay(Sites.fixture("gaps")).write("plan.yaml", plan).check();
    Document c = Sites.page(Sites.render(funded), "coverage.html");
    // intelligence and sales are funded and have no goal worked on; service is deliberately unfunded; marketing is covered
    assertThat(c.select("section[aria-labelledby=pillar-intelligence] h2 .badge").eachText()).containsExactly("gap");
    assertThat(c.select("section[aria-labelledby=pillar-sales] h2 .badge").eachText()).containsExactly("gap");
    assertThat(c.select("section[aria-labelledby=pillar-service] h2 .badge")).isEmpty();
    assertThat(c.select("section[aria-labelledby=pillar-marketing] h2 .badge")).isEmpty();
    assertThat(one(c, "p.lede").text()).contains("2 funded pillars have no goal worked on");
  }
}
