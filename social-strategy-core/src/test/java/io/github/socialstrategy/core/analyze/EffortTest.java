package io.github.socialstrategy.core.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.model.Plan;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planned effort, computed by hand: hoursPerWeek times the weeks of the schedule (both ends included),
 * split equally among the distinct objectives the activity traces to, counted toward their pillars.
 */
class EffortTest {

  private static final Offset<Double> EXACT = within(1e-9);

  @Test
  void hoursAreSplitEquallyAmongTheObjectivesTracedTo(@TempDir Path dir) {
    Plan plan = PlanFixture.empty(dir).write("plan.yaml", """
        plan:
          id: effort
          title: Effort
          organisation: Test
          period: { start: 2026-01-01, end: 2026-12-31 }
          currency: EUR
        objectives:
          - { id: m1, title: M1, pillar: marketing }
          - { id: m2, title: M2, pillar: marketing }
          - { id: s1, title: S1, pillar: sales }
          - { id: v1, title: V1, pillar: service }
        strategies:
          - { id: brand, title: Brand, serves: [m1, s1] }
          - { id: care, title: Care, serves: [v1] }
          - { id: both, title: Both, serves: [m1, m2] }
        activities:
          # 7 h x 2 weeks = 14 h over m1 and s1
          - id: video
            title: Video
            implements: [brand]
            hoursPerWeek: 7
            schedule: { start: 2026-01-01, end: 2026-01-14 }
          # 3 h x 6 weeks (42 days) = 18 h over m1, s1, v1, m2 (m1 once, though two strategies serve it)
          - id: mix
            title: Mix
            implements: [brand, care, both]
            hoursPerWeek: 3
            schedule: { start: 2026-02-01, end: 2026-03-14 }
          # no hoursPerWeek: no effort
          - id: none
            title: None
            implements: [care]
          # no schedule: the whole plan period, 365 days
          - id: all-year
            title: All year
            implements: [care]
            hoursPerWeek: 1
          # only a start: runs to the plan's end, 7 days
          - id: year-end
            title: Year end
            implements: [both]
            hoursPerWeek: 7
            schedule: { start: 2026-12-25 }
          # traces to no objective: counted for the activity, not for any pillar
          - id: stray
            title: Stray
            implements: []
            hoursPerWeek: 10
            schedule: { start: 2026-01-01, end: 2026-01-07 }
        """).check().plan();

    Effort effort = Effort.of(plan);

    assertThat(effort.byActivity().get("video")).isCloseTo(14.0, EXACT);
    assertThat(effort.byActivity().get("mix")).isCloseTo(18.0, EXACT);
    assertThat(effort.byActivity().get("none")).isCloseTo(0.0, EXACT);
    assertThat(effort.byActivity().get("all-year")).isCloseTo(365 / 7.0, EXACT);
    assertThat(effort.byActivity().get("year-end")).isCloseTo(7.0, EXACT);
    assertThat(effort.byActivity().get("stray")).isCloseTo(10.0, EXACT);

    double marketing = 7 + 18 / 4.0 * 2 + 7; // video's m1, mix's m1 and m2, year-end's m1 and m2
    double sales = 7 + 18 / 4.0;
    double service = 18 / 4.0 + 365 / 7.0;
    assertThat(effort.byPillar()).containsOnlyKeys("marketing", "service", "sales", "intelligence");
    assertThat(effort.byPillar().keySet()).containsExactly("marketing", "service", "sales", "intelligence");
    assertThat(effort.byPillar().get("marketing")).isCloseTo(marketing, EXACT);
    assertThat(effort.byPillar().get("sales")).isCloseTo(sales, EXACT);
    assertThat(effort.byPillar().get("service")).isCloseTo(service, EXACT);
    assertThat(effort.byPillar().get("intelligence")).isCloseTo(0.0, EXACT);
    assertThat(effort.total()).isCloseTo(marketing + sales + service, EXACT);
    assertThat(effort.percent("marketing")).isCloseTo(100 * marketing / (marketing + sales + service), EXACT);
    assertThat(effort.percent("intelligence")).isCloseTo(0.0, EXACT);
  }

  @Test
  void noPlannedHoursGivesNoPercentages(@TempDir Path dir) {
    Plan plan = PlanFixture.clean(dir).write("activities.yaml", """
        activities:
          - { id: idle, title: Idle, implements: [brand-content] }
          - { id: idle-too, title: Idle too, implements: [care-desk] }
        """).check().plan();

    Effort effort = Effort.of(plan);

    assertThat(effort.total()).isZero();
    assertThat(effort.percent("marketing")).isZero();
  }
}
