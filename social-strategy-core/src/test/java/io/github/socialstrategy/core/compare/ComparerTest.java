package io.github.socialstrategy.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.compare.Changes.EntityChange;
import io.github.socialstrategy.core.compare.Changes.FieldChange;
import io.github.socialstrategy.core.compare.Changes.Kind;
import io.github.socialstrategy.core.compare.Changes.Status;
import io.github.socialstrategy.core.compare.Changes.TraceChange;
import io.github.socialstrategy.core.compare.Changes.TraceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One pair of fixture plans per kind of change: what the comparison says about each. */
class ComparerTest {

  @TempDir Path tmp;

  private static List<String> texts(EntityChange e) {
    return e.fields().stream().map(FieldChange::text).toList();
  }

  private static EntityChange only(Changes c) {
    assertThat(c.entities()).hasSize(1);
    return c.entities().get(0);
  }

  @Test
  void theSamePlanHasNoChanges() throws IOException {
    Changes c = ComparePairs.compare(tmp, null);
    assertThat(c.isEmpty()).isTrue();
    assertThat(c.findings(Status.UNCHANGED)).extracting(Snapshot.Finding::rule)
        .containsExactlyInAnyOrder("objective-without-kpi", "uncovered-objective");
  }

  @Test
  void anIdChangeOfAnOtherwiseEqualEntityIsARename() throws IOException {
    Changes c = ComparePairs.compare(tmp, "rename");
    EntityChange e = only(c);
    assertThat(e.change()).isEqualTo(Kind.RENAMED);
    assertThat(e.subject()).isEqualTo("strategy fresh-bakes");
    assertThat(e.previousId()).isEqualTo("daily-bakes");
    assertThat(e.fields()).isEmpty();
    // The activity that now implements fresh-bakes follows the rename: it did not change.
    assertThat(c.trace()).isEmpty();
    assertThat(c.findings(Status.NEW)).isEmpty();
  }

  @Test
  void anActivityMovedBetweenStrategies() throws IOException {
    Changes c = ComparePairs.compare(tmp, "move");
    EntityChange e = only(c);
    assertThat(e.change()).isEqualTo(Kind.CHANGED);
    assertThat(texts(e)).containsExactly(
        "now implements daily-bakes (was: cake-preorders)", "now works toward awareness, engagement (was: conversion)");
    assertThat(c.trace()).extracting(TraceChange::text).containsExactly(
        "objective sell-more-cakes lost its last activity: nothing works toward it now",
        "strategy cake-preorders lost its last activity");
    assertThat(c.findings(Status.NEW)).extracting(Snapshot.Finding::rule).contains("uncovered-objective");
    // Coverage: the conversion goal on Instagram lost its only activity.
    assertThat(c.cells()).contains(new Changes.CellChange("conversion", "instagram", false));
    // Balance: the activity's hours moved from sales to marketing.
    Changes.PillarChange sales = c.pillars().stream().filter(p -> p.id().equals("sales")).findFirst().orElseThrow();
    assertThat(sales.plannedBefore()).isGreaterThan(0);
    assertThat(sales.plannedAfter()).isZero();
  }

  @Test
  void aBudgetChangeIsSaidInMoneyAndPercent() throws IOException {
    Changes c = ComparePairs.compare(tmp, "budget");
    EntityChange e = only(c);
    assertThat(e.subject()).isEqualTo("activity morning-story");
    assertThat(texts(e)).containsExactly("budget +20% (EUR 10,000 → EUR 12,000)");
    assertThat(e.fields().get(0).money()).isTrue();
    assertThat(c.money()).extracting(Changes.MoneyChange::text).containsExactly(
        "planned budget of the plan +11.8% (EUR 17,000 → EUR 19,000)",
        "planned budget on channel Instagram +13.3% (EUR 15,000 → EUR 17,000)");
  }

  @Test
  void aNewUntracedActivity() throws IOException {
    Changes c = ComparePairs.compare(tmp, "untraced");
    assertThat(c.entities()).extracting(EntityChange::subject, EntityChange::change).containsExactly(
        org.assertj.core.groups.Tuple.tuple("strategy market-stalls", Kind.ADDED),
        org.assertj.core.groups.Tuple.tuple("activity saturday-stall", Kind.ADDED));
    assertThat(c.trace()).extracting(TraceChange::id, TraceChange::change)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("saturday-stall", TraceKind.ADDED_UNTRACED));
    assertThat(c.findings(Status.NEW)).extracting(Snapshot.Finding::rule, Snapshot.Finding::entityId).contains(
        org.assertj.core.groups.Tuple.tuple("untraced-activity", "saturday-stall"),
        org.assertj.core.groups.Tuple.tuple("strategy-without-objective", "market-stalls"));
    assertThat(c.findings(Status.UNCHANGED)).hasSize(2);
  }

  @Test
  void aRaisedTargetIsSaidInTheMetricsUnit() throws IOException {
    Changes c = ComparePairs.compare(tmp, "raised-target");
    EntityChange e = only(c);
    assertThat(e.subject()).isEqualTo("objective sell-more-cakes");
    assertThat(texts(e)).containsExactly("target of KPI revenue: EUR 1,380,000 → EUR 1,400,000");
    assertThat(e.fields().get(0).target()).isTrue();
    // The KPI's attainment moved with its target.
    assertThat(c.kpis()).extracting(Changes.KpiChange::metric).containsExactly("revenue");
  }

  @Test
  void resultRowsAddedMoveKpis() throws IOException {
    Changes c = ComparePairs.compare(tmp, "results");
    assertThat(c.entities()).isEmpty();
    assertThat(c.results()).containsExactly(new Changes.RowsChange("followers", 2, 3), new Changes.RowsChange("revenue", 1, 2));
    Changes.KpiChange revenue = c.kpis().stream().filter(k -> k.metric().equals("revenue")).findFirst().orElseThrow();
    assertThat(revenue.attainmentAfter()).isGreaterThan(revenue.attainmentBefore());
  }

  @Test
  void theIntendedBalanceChanged() throws IOException {
    Changes c = ComparePairs.compare(tmp, "balance");
    assertThat(c.entities()).isEmpty();
    assertThat(c.pillars()).filteredOn(Changes.PillarChange::changed).extracting(
        Changes.PillarChange::id, Changes.PillarChange::intendedBefore, Changes.PillarChange::intendedAfter).containsExactly(
        org.assertj.core.groups.Tuple.tuple("marketing", 50.0, 40.0),
        org.assertj.core.groups.Tuple.tuple("service", 30.0, 40.0));
  }

  @Test
  void coverageCellsAndBudgetMovedBetweenChannels() throws IOException {
    Changes c = ComparePairs.compare(tmp, "coverage");
    assertThat(texts(only(c))).containsExactly("now runs on instagram (was: google-reviews)");
    assertThat(c.cells()).containsExactly(
        new Changes.CellChange("response-time", "google-reviews", false),
        new Changes.CellChange("response-time", "instagram", true));
    assertThat(c.money()).extracting(Changes.MoneyChange::text).containsExactly(
        "planned budget on channel Instagram +13.3% (EUR 15,000 → EUR 17,000)",
        "planned budget on channel Google reviews -100% (EUR 2,000 → EUR 0)");
  }

  @Test
  void movingTextAroundMakesNoFindingNew() throws IOException {
    Changes c = ComparePairs.compare(tmp, "moved-lines");
    assertThat(c.entities()).isEmpty();
    assertThat(c.findings(Status.NEW)).isEmpty();
    assertThat(c.findings(Status.RESOLVED)).isEmpty();
    assertThat(c.findings(Status.UNCHANGED)).extracting(Snapshot.Finding::line).doesNotContain(25);
  }

  @Test
  void aRemovedActivity() throws IOException {
    Changes c = ComparePairs.compare(tmp, "removed");
    assertThat(c.entities()).extracting(EntityChange::subject, EntityChange::change)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("activity preorder-posts", Kind.REMOVED));
    assertThat(c.trace()).extracting(TraceChange::change)
        .containsExactly(TraceKind.LOST_COVERAGE, TraceKind.STRATEGY_LOST_LAST_ACTIVITY);
  }

  @Test
  void aFixedFindingIsResolved() throws IOException {
    Changes c = ComparePairs.compare(tmp, "resolved");
    assertThat(c.findings(Status.RESOLVED)).extracting(Snapshot.Finding::rule).containsExactly("objective-without-kpi");
    assertThat(texts(only(c))).contains("now also has a KPI on followers");
  }

  @Test
  void aNewPlanHasEverythingAdded() throws IOException {
    var after = ComparePairs.check(ComparePairs.plan(tmp.resolve("after/strategy"), null));
    Changes c = Comparer.compare("HEAD~1", Snapshot.EMPTY, Snapshots.of(after), true);
    assertThat(c.newPlan()).isTrue();
    assertThat(c.entities()).allMatch(e -> e.change() == Kind.ADDED).hasSize(4 + 3 + 3 + 3 + 2);
    assertThat(c.findings(Status.NEW)).hasSize(2);
  }

  private static List<String> details(Changes c, String subject) {
    return c.entities().stream().filter(e -> e.subject().equals(subject)).findFirst().orElseThrow()
        .details().stream().map(Changes.Detail::text).toList();
  }

  @Test
  void anAddedEntitySaysWhatItIs() throws IOException {
    Changes c = ComparePairs.compare(tmp, "added");
    assertThat(c.entities()).extracting(EntityChange::subject, EntityChange::change).containsExactly(
        org.assertj.core.groups.Tuple.tuple("objective grow-weddings", Kind.ADDED),
        org.assertj.core.groups.Tuple.tuple("strategy wedding-cakes", Kind.ADDED),
        org.assertj.core.groups.Tuple.tuple("activity wedding-tastings", Kind.ADDED),
        org.assertj.core.groups.Tuple.tuple("campaign autumn-cakes", Kind.ADDED));
    assertThat(details(c, "campaign autumn-cakes")).containsExactly(
        "period: 2026-09-14 to 2026-09-20", "budget: EUR 12,000", "objectives: sell-more-cakes, grow-weddings",
        "activities: preorder-posts, wedding-tastings");
    assertThat(details(c, "activity wedding-tastings")).containsExactly(
        "strategies: wedding-cakes", "channels: instagram", "hours per week: 2.5 h", "budget: EUR 3,000");
    assertThat(details(c, "strategy wedding-cakes")).containsExactly("objectives: grow-weddings", "goals: conversion");
    assertThat(details(c, "objective grow-weddings")).containsExactly("pillar: sales", "KPI revenue: target EUR 250,000, due 2026-10-31");
    // The campaign's budget and the objective's target came with them; the activity's budget is in the plan's.
    assertThat(c.cameOrWent()).extracting(Changes.CameOrWent::text).containsExactly(
        "new objective grow-weddings: KPI revenue: target EUR 250,000, due 2026-10-31",
        "new campaign autumn-cakes: budget: EUR 12,000");
    assertThat(c.entitySummary()).isEqualTo("4 entities added");
  }

  @Test
  void aRemovedEntitySaysWhatItWas() throws IOException {
    var before = ComparePairs.check(ComparePairs.plan(tmp.resolve("before/strategy"), "added"));
    var after = ComparePairs.check(ComparePairs.plan(tmp.resolve("after/strategy"), null));
    Changes c = Comparer.compare("base", Snapshots.of(before), Snapshots.of(after), false);
    assertThat(c.entities(Kind.REMOVED)).hasSize(4);
    assertThat(details(c, "campaign autumn-cakes")).contains("budget: EUR 12,000", "activities: preorder-posts, wedding-tastings");
    assertThat(details(c, "activity wedding-tastings")).contains("strategies: wedding-cakes");
    assertThat(c.cameOrWent()).extracting(Changes.CameOrWent::text).contains("removed campaign autumn-cakes: budget: EUR 12,000");
    assertThat(c.entitySummary()).isEqualTo("4 entities removed");
  }

  @Test
  void changedAndRenamedEntitiesHaveNoDetailsAndTheSummaryCountsThem() throws IOException {
    Changes c = ComparePairs.compare(tmp, "rename");
    assertThat(c.entities()).allSatisfy(e -> assertThat(e.details()).isEmpty());
    assertThat(c.entitySummary()).isEqualTo("1 entity renamed");
    assertThat(ComparePairs.compare(tmp.resolve("2"), "untraced").entitySummary()).isEqualTo("2 entities added");
    assertThat(ComparePairs.compare(tmp.resolve("3"), null).entitySummary()).isEqualTo("no entity added, changed, renamed or removed");
  }

  @Test
  void longListsOfIdsAreCounted() {
    List<String> ids = java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "a" + i).toList();
    assertThat(Details.ids(ids)).startsWith("a0, a1, ").endsWith("a11 and 4,988 more");
    assertThat(Details.ids(List.of())).isEqualTo("none");
  }
}
