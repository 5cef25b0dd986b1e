package io.github.socialstrategy.core.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.compare.Comparer;
import io.github.socialstrategy.core.compare.Comparison;
import io.github.socialstrategy.core.compare.Gate;
import io.github.socialstrategy.core.compare.Snapshots;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import io.github.socialstrategy.core.render.ci.CiInput;
import io.github.socialstrategy.core.render.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** changes.html, the dashboard's link to it, and the "new" and "changed" badges. */
class ChangesPageTest {

  @TempDir Path tmp;

  private Path plan(String side, String... overlays) throws Exception {
    Path dir = tmp.resolve(side).resolve("strategy");
    Files.createDirectories(dir);
    copy(Path.of(getClass().getResource("/compare/base").toURI()), dir);
    for (String o : overlays) {
      copy(Path.of(getClass().getResource("/compare/" + o).toURI()), dir);
    }
    return dir;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.list(from)) {
      for (Path f : (Iterable<Path>) s::iterator) {
        Files.copy(f, to.resolve(f.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static CheckResult check(Path plan) throws IOException {
    return SocialStrategy.check(Settings.builder(plan).baseDirectory(plan.getParent()).build());
  }

  private MemorySiteOutput site(boolean baseline, String... overlays) throws Exception {
    CheckResult after = check(plan("after", overlays));
    Comparison c = baseline
        ? Comparison.of(Comparer.compare("origin/main (1234567)", Snapshots.of(check(plan("before"))), Snapshots.of(after), false))
        : Comparison.NONE;
    MemorySiteOutput out = new MemorySiteOutput();
    SocialStrategy.report(new CiInput(after, c, Map.of(), new Gate(true, false, false), io.github.socialstrategy.core.compare.ReviewPaths.NONE), Theme.load(null), out);
    return out;
  }

  @Test
  void changesPageNamesTheChanges() throws Exception {
    // The untraced case adds a strategy and an activity; the target case raises a KPI target.
    MemorySiteOutput out = site(true, "untraced", "raised-target");
    Document changes = Sites.page(out, "changes.html");
    assertThat(changes.select("h1").text()).isEqualTo("Changes");
    assertThat(changes.select(".lede").text()).contains("Compared with origin/main (1234567).").contains("3 new errors");
    assertThat(changes.select("#new-errors-h").text()).isEqualTo("New errors (3)");
    assertThat(changes.select("ul.changes li.worse").text()).contains("activity Saturday market stall").contains("is new and reaches no objective");
    assertThat(changes.text()).contains("target of KPI revenue: EUR 1,380,000 → EUR 1,400,000");
    assertThat(changes.select("a[href=activities/saturday-stall.html]")).isNotEmpty();
    assertThat(out.text("changes.md")).contains("target of KPI revenue: EUR 1,380,000 → EUR 1,400,000");
    assertThat(out.text("changes.json")).contains("\"change\": \"added\"");
    assertThat(out.files()).containsKeys("social-strategy.sarif", "TEST-social-strategy.xml", "diagnostics.json");
  }

  @Test
  void addedEntitiesSayWhatTheyAre() throws Exception {
    MemorySiteOutput out = site(true, "added");
    Document changes = Sites.page(out, "changes.html");
    assertThat(changes.select(".lede").text()).contains("4 entities added.");
    var campaign = changes.select("ul.changes > li:has(a[href=campaigns/autumn-cakes.html])");
    assertThat(campaign.select("ul.details li").eachText()).containsExactly(
        "period: 2026-09-14 to 2026-09-20", "budget: EUR 12,000", "objectives: sell-more-cakes, grow-weddings",
        "activities: preorder-posts, wedding-tastings");
    var objective = changes.select("ul.changes > li:has(a[href=objectives/grow-weddings.html])");
    assertThat(objective.select("ul.details li").eachText()).containsExactly("pillar: sales", "KPI revenue: target EUR 250,000, due 2026-10-31");
    assertThat(changes.select("#money-h + ul").text()).contains("new campaign Autumn cake week").contains("budget: EUR 12,000");
  }

  @Test
  void oneOfAThingIsSingular() throws Exception {
    // The resolved case gives one objective a KPI: one entity changed, one finding resolved, one remains.
    Document changes = Sites.page(site(true, "resolved"), "changes.html");
    assertThat(changes.select(".lede").text()).contains("0 new errors, 0 other new findings, 1 resolved finding; 1 entity changed.");
    assertThat(changes.text()).contains("1 finding of the baseline remains;").doesNotContain("1 findings").doesNotContain("1 entities");
  }

  @Test
  void theDashboardLinksToItAndEntitiesCarryBadges() throws Exception {
    MemorySiteOutput out = site(true, "untraced", "raised-target");
    Document index = Sites.page(out, "index.html");
    assertThat(index.select(".changes-link a").attr("href")).isEqualTo("changes.html");
    assertThat(index.select(".changes-link").text()).isEqualTo("What changed since origin/main (1234567)");
    Document activity = Sites.page(out, "activities/saturday-stall.html");
    assertThat(activity.select(".entity-head .badge-new").text()).isEqualTo("new");
    Document objective = Sites.page(out, "objectives/sell-more-cakes.html");
    assertThat(objective.select(".entity-head .badge-changed").text()).isEqualTo("changed");
    // In lists: the strategy page lists its new activity with the badge.
    Document strategy = Sites.page(out, "strategies/market-stalls.html");
    assertThat(strategy.select("a[href=../activities/saturday-stall.html] + .badge-new")).isNotEmpty();
    assertThat(Sites.page(out, "activities/morning-story.html").select(".entity-head .badge")).isEmpty();
  }

  @Test
  void withoutABaselineThereIsNoChangesPage() throws Exception {
    MemorySiteOutput out = site(false, "untraced");
    assertThat(out.files()).doesNotContainKeys("changes.html", "changes.md", "changes.json");
    assertThat(out.files()).containsKeys("social-strategy.sarif", "TEST-social-strategy.xml", "diagnostics.json");
    assertThat(Sites.page(out, "index.html").select(".changes-link")).isEmpty();
    assertThat(Sites.page(out, "activities/saturday-stall.html").select(".badge-new")).isEmpty();
  }
}
