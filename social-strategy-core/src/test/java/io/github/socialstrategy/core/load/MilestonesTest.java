package io.github.socialstrategy.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.model.Kpi;
import io.github.socialstrategy.core.model.Rule;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A KPI's {@code milestones}: dates to values, read with their places; bad ones reported where they are written. */
class MilestonesTest {

  @TempDir Path dir;

  private CheckResult plan(String milestones) {
    return PlanFixture.empty(dir).write("plan.yaml", """
        plan:
          id: m
          title: M
          organisation: Test
          period: { start: 2026-01-01, end: 2026-12-31 }
          currency: EUR
        metrics:
          - { id: revenue, title: Revenue, unit: currency }
        objectives:
          - id: grow
            title: Grow
            pillar: sales
            kpis:
              - metric: revenue
                target: 400
                milestones: %s
        """.formatted(milestones)).check();
  }

  @Test
  void milestonesAreReadInDateOrderWithTheirPlaces() {
    CheckResult r = plan("{ 2026-06-30: 150, 2026-03-31: 50 }");
    Kpi k = r.plan().objectives().list().get(0).kpis().get(0);
    assertThat(k.milestones().keySet()).containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30));
    assertThat(k.milestones().get(LocalDate.of(2026, 3, 31)).value()).isEqualTo(50);
    assertThat(k.milestones().get(LocalDate.of(2026, 6, 30)).location().line()).isEqualTo(16);
    assertThat(PlanFixture.of(r, Rule.INVALID_VALUE)).isEmpty();
    assertThat(PlanFixture.of(r, Rule.OUTSIDE_PERIOD)).isEmpty();
  }

  @Test
  void aKeyThatIsNotADateOrAValueThatIsNotANumberIsInvalid() {
    CheckResult r = plan("{ june: 150, 2026-03-31: lots }");
    assertThat(PlanFixture.of(r, Rule.INVALID_VALUE)).extracting(d -> d.message())
        .anySatisfy(m -> assertThat(m).contains("must be keyed by a date written YYYY-MM-DD", "not 'june'"))
        .anySatisfy(m -> assertThat(m).contains("the milestone 2026-03-31", "must be a number"));
    assertThat(r.plan().objectives().list().get(0).kpis().get(0).milestones()).isEmpty();
  }

  @Test
  void aListInsteadOfAMappingIsInvalid() {
    CheckResult r = plan("[ 2026-03-31, 50 ]");
    assertThat(PlanFixture.only(r, Rule.INVALID_VALUE).message()).contains("'milestones'", "must map dates to the value expected by each");
  }

  @Test
  void theSameDateTwiceIsADuplicateKey() {
    CheckResult r = plan("{ 2026-03-31: 50, 2026-03-31: 60 }");
    // SnakeYAML itself refuses duplicate keys in a mapping: the format's duplicate-key rule reports it
    assertThat(PlanFixture.of(r, Rule.DUPLICATE_KEY)).isNotEmpty();
  }

  @Test
  void aMilestoneOutsideTheKpisWindowIsOutsideThePeriodAndLeftOut() {
    CheckResult r = plan("{ 2025-12-31: 10, 2026-06-30: 150, 2026-12-31: 400, 2027-03-31: 500 }");
    assertThat(PlanFixture.of(r, Rule.OUTSIDE_PERIOD)).extracting(d -> d.message())
        .anySatisfy(m -> assertThat(m).contains("milestone 2025-12-31", "before the plan's start"))
        .anySatisfy(m -> assertThat(m).contains("milestone 2026-12-31", "on the KPI's due date"))
        .anySatisfy(m -> assertThat(m).contains("milestone 2027-03-31", "after the KPI's due date"))
        .hasSize(3);
    // the path runs 0 -> 150 (30 June) -> 400 (31 December), the others left out; without results the report
    // date is the plan's start, day 1 of the 181 to the milestone: 150 / 181
    assertThat(r.plan().asOf()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(r.figures().kpis().get(0).expected()).isCloseTo(150 / 181.0, org.assertj.core.api.Assertions.within(1e-9));
  }
}
