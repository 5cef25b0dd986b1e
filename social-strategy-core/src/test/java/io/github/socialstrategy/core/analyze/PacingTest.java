package io.github.socialstrategy.core.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.analyze.Pacing.State;
import io.github.socialstrategy.core.analyze.Pacing.Thresholds;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pacing, computed by hand: the attainment expected by {@code asOf} grows linearly from the plan's start to the
 * KPI's due date (days counted with both ends, so on day 90 of 365 it is 90/365); a KPI is on track up to the
 * at-risk threshold behind it (default 10 points), at risk up to the off-track threshold (default 25 points),
 * off track beyond. Pace is judged on the attainment the KPI shows: a cumulative KPI ({@code sum}) counts from
 * zero ({@code actual / target}, its baseline is last year's total), a level KPI from its baseline. Once due, a KPI
 * is final and has no pace; its results count only up to its due date.
 */
class PacingTest {

  private static final Offset<Double> EXACT = within(1e-9);

  private static final String PLAN = """
      plan:
        id: pacing
        title: Pacing
        organisation: Test
        period: { start: 2026-01-01, end: 2026-12-31 }
        currency: EUR
      metrics:
        - { id: signups, title: Sign-ups, unit: count }
        - { id: rating, title: Rating, unit: ratio, aggregate: average }
        - { id: response, title: Response time, unit: minutes, aggregate: average, better: lower }
      objectives:
        - id: grow
          title: Grow
          pillar: marketing
          kpis:
            - { metric: signups, target: 1200 }
            - { metric: signups, target: 1200, due: 2026-06-30 }
            - { metric: signups, baseline: 1000, target: 1200 }
            - { metric: signups, target: 250, due: 2026-02-28 }
        - id: rate
          title: Rate
          pillar: service
          kpis:
            - { metric: rating, baseline: 3.5, target: 4.5 }
            - { metric: response, baseline: 120, target: 60 }
      """;

  // sign-ups stop after March: 300 in all
  private static final String RESULTS = """
      date,metric,value
      2026-01-31,signups,100
      2026-02-28,signups,100
      2026-03-31,signups,100
      2026-01-31,rating,3.6
      2026-02-28,rating,3.8
      2026-03-31,rating,4.0
      2026-04-30,rating,4.2
      2026-01-31,response,100
      2026-02-28,response,80
      """;

  private static final int YEAR = 0;
  private static final int BY_JUNE = 1;
  private static final int WITH_BASELINE = 2;
  private static final int MET = 3;
  private static final int RATING = 4;
  private static final int RESPONSE = 5;

  @TempDir Path dir;

  private CheckResult check(UnaryOperator<Settings.Builder> settings) {
    return PlanFixture.empty(dir).write("plan.yaml", PLAN).write("results/all.csv", RESULTS).check(settings);
  }

  private static Pacing pacing(CheckResult r, int kpi) {
    return r.figures().kpis().get(kpi).pacing();
  }

  private static void assertPacing(Pacing p, State state, double expected, double progress) {
    assertThat(p.state()).as("state").isEqualTo(state);
    assertThat(p.expected()).as("expected").isCloseTo(expected, EXACT);
    assertThat(p.progress()).as("progress").isCloseTo(progress, EXACT);
    assertThat(p.gapPoints()).as("gap").isCloseTo(100 * (progress - expected), EXACT);
  }

  @Test
  void endOfMarch() {
    CheckResult r = check(b -> b.asOf("2026-03-31"));
    // day 90 of 365; 300 of 1,200 = 25%: 0.3 points ahead
    assertPacing(pacing(r, YEAR), State.ON_TRACK, 90 / 365.0, 0.25);
    // due at the end of June: day 90 of 181, 49.7% expected: 24.7 points behind
    assertPacing(pacing(r, BY_JUNE), State.AT_RISK, 90 / 181.0, 0.25);
    // a cumulative KPI counts from zero whatever its baseline (last year's total, a comparison): 300 / 1,200
    assertPacing(pacing(r, WITH_BASELINE), State.ON_TRACK, 90 / 365.0, 0.25);
    assertThat(r.figures().kpis().get(WITH_BASELINE).attainment()).isCloseTo(0.25, EXACT);
    // last year at this point: 1,000 * 90/365
    assertThat(r.figures().kpis().get(WITH_BASELINE).lastYearToDate()).isCloseTo(1000 * 90 / 365.0, EXACT);
    // due 2026-02-28: its window holds January and February only, 200 of 250; final, missed, no pace
    KpiStatus due = r.figures().kpis().get(MET);
    assertThat(pacing(r, MET).state()).isEqualTo(State.FINAL);
    assertThat(pacing(r, MET).shown()).isFalse();
    assertThat(due.attainment()).isCloseTo(0.8, EXACT);
    assertThat(due.state()).isEqualTo(KpiStatus.State.MISSED);
    // a level KPI is paced by its attainment: average 3.8, (3.8 - 3.5) / (4.5 - 3.5) = 30%, 5.3 points ahead
    assertPacing(pacing(r, RATING), State.ON_TRACK, 90 / 365.0, (3.8 - 3.5) / (4.5 - 3.5));
    // lower is better: average 90, (90 - 120) / (60 - 120) = 50%
    assertPacing(pacing(r, RESPONSE), State.ON_TRACK, 90 / 365.0, 0.5);
  }

  @Test
  void endOfMay() {
    CheckResult r = check(b -> b.asOf("2026-05-31"));
    // day 151: 41.4% expected, still 25%: 16.4 points behind
    assertPacing(pacing(r, YEAR), State.AT_RISK, 151 / 365.0, 0.25);
    // day 151 of 181: 83.4% expected, 58.4 points behind
    assertPacing(pacing(r, BY_JUNE), State.OFF_TRACK, 151 / 181.0, 0.25);
    // rating: average of four, 3.9: 40%, 1.4 points behind
    assertPacing(pacing(r, RATING), State.ON_TRACK, 151 / 365.0, (3.9 - 3.5) / (4.5 - 3.5));
  }

  @Test
  void endOfJuly() {
    CheckResult r = check(b -> b.asOf("2026-07-31"));
    // day 212: 58.1% expected, 33.1 points behind
    assertPacing(pacing(r, YEAR), State.OFF_TRACK, 212 / 365.0, 0.25);
    // past its due date: final, no pace; 25% reached, missed
    assertThat(pacing(r, BY_JUNE).state()).isEqualTo(State.FINAL);
    assertThat(pacing(r, BY_JUNE).progress()).isCloseTo(0.25, EXACT);
    assertThat(r.figures().kpis().get(BY_JUNE).state()).isEqualTo(KpiStatus.State.MISSED);
    // rating 40%: 18.1 points behind
    assertPacing(pacing(r, RATING), State.AT_RISK, 212 / 365.0, (3.9 - 3.5) / (4.5 - 3.5));
    // response 50%: 8.1 points behind
    assertPacing(pacing(r, RESPONSE), State.ON_TRACK, 212 / 365.0, 0.5);
  }

  @Test
  void customThresholdsMoveTheLines() {
    // end of May, rating 1.4 points behind and year-long sign-ups 16.4 behind
    CheckResult strict = check(b -> b.asOf("2026-05-31").pacing(1, 5));
    assertThat(pacing(strict, RATING).state()).isEqualTo(State.AT_RISK);
    assertThat(pacing(strict, YEAR).state()).isEqualTo(State.OFF_TRACK);
    CheckResult lenient = check(b -> b.asOf("2026-05-31").pacing(20, 60));
    assertThat(pacing(lenient, YEAR).state()).isEqualTo(State.ON_TRACK);
    // 58.4 points behind
    assertThat(pacing(lenient, BY_JUNE).state()).isEqualTo(State.AT_RISK);
  }

  @Test
  void offTrackObjectiveFollowsTheThresholds() {
    CheckResult defaults = check(b -> b.asOf("2026-05-31"));
    assertThat(PlanFixture.of(defaults, io.github.socialstrategy.core.model.Rule.OFF_TRACK_OBJECTIVE))
        .extracting(d -> d.message())
        .singleElement()
        .satisfies(m -> assertThat(m).contains("objective 'grow' is off track on KPI 'signups'", "25.0% reached where 83.4% was expected by 2026-05-31", "58.4 points behind"));
    CheckResult lenient = check(b -> b.asOf("2026-05-31").pacing(20, 60));
    assertThat(PlanFixture.of(lenient, io.github.socialstrategy.core.model.Rule.OFF_TRACK_OBJECTIVE)).isEmpty();
  }

  @Test
  void beforeAnyResultThereIsNoData() {
    CheckResult r = check(b -> b.asOf("2026-01-15"));
    assertThat(pacing(r, YEAR).state()).isEqualTo(State.NO_DATA);
    assertThat(pacing(r, YEAR).expected()).isCloseTo(15 / 365.0, EXACT);
    assertThat(pacing(r, YEAR).gapPoints()).isNaN();
  }

  @Test
  void withoutAPlanPeriodOnlyAPastDueDateSetsAnExpectation(@TempDir Path other) {
    // no plan section: no start, no default due date; asOf is the latest result, 2026-04-30
    CheckResult r = PlanFixture.empty(other).write("entities.yaml", PLAN.substring(PLAN.indexOf("metrics:")))
        .write("results/all.csv", RESULTS).check();
    assertThat(pacing(r, YEAR).state()).as("no due date").isEqualTo(State.NO_DATA);
    assertThat(pacing(r, YEAR).expected()).isNaN();
    assertThat(pacing(r, BY_JUNE).state()).as("due date ahead, start unknown").isEqualTo(State.NO_DATA);
    // due 2026-02-28: the results up to then, 200 of 250; final
    assertThat(pacing(r, MET).state()).isEqualTo(State.FINAL);
    assertThat(r.figures().kpis().get(MET).attainment()).isCloseTo(0.8, EXACT);
    assertThat(PlanFixture.of(r, io.github.socialstrategy.core.model.Rule.OFF_TRACK_OBJECTIVE)).isEmpty();
  }

  @Test
  void thresholdsAreInclusive() {
    Thresholds t = new Thresholds(12.5, 25);
    assertThat(Pacing.of(0.5, 0.375, t).state()).as("exactly 12.5 behind").isEqualTo(State.ON_TRACK);
    assertThat(Pacing.of(0.5, 0.25, t).state()).as("exactly 25 behind").isEqualTo(State.AT_RISK);
    assertThat(Pacing.of(0.5, 0.2499, t).state()).isEqualTo(State.OFF_TRACK);
    assertThat(Pacing.of(0.5, 0.25, Thresholds.DEFAULT).state()).isEqualTo(State.AT_RISK);
    assertThat(Pacing.of(0.5, 0.375, Thresholds.DEFAULT).state()).isEqualTo(State.AT_RISK);
    assertThat(Pacing.of(0.5, 0.4375, Thresholds.DEFAULT).state()).isEqualTo(State.ON_TRACK);
    assertThat(Pacing.of(1, 1, Thresholds.DEFAULT).state()).isEqualTo(State.ON_TRACK);
    assertThat(Pacing.of(0.2, 0.9, Thresholds.DEFAULT).gapPoints()).isCloseTo(70, EXACT);
    assertThat(Pacing.of(0.5, Double.NaN, Thresholds.DEFAULT).state()).isEqualTo(State.NO_DATA);
    assertThat(Pacing.of(Double.NaN, 0.5, Thresholds.DEFAULT).state()).isEqualTo(State.NO_DATA);
  }

  @Test
  void defaultThresholdsAreTenAndTwentyFivePoints() {
    assertThat(Thresholds.DEFAULT).isEqualTo(new Thresholds(10, 25));
    assertThat(Settings.builder(dir).build().pacing()).isEqualTo(Thresholds.DEFAULT);
    assertThat(Settings.builder(dir).pacing(5, 15).build().pacing()).isEqualTo(new Thresholds(5, 15));
  }

  @Test
  void thresholdsOutOfOrderAreRefused() {
    assertThatThrownBy(() -> new Thresholds(30, 20)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at-risk <= off-track");
    assertThatThrownBy(() -> new Thresholds(-1, 20)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Thresholds(Double.NaN, 20)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Settings.builder(dir).pacing(30, 20)).isInstanceOf(IllegalArgumentException.class);
  }
}
