package io.github.socialstrategy.core.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A KPI's actual value at {@code asOf}, by its metric's aggregate over the results up to that date (several rows
 * on one day add up to the day's total), or for a derived metric its formula over its inputs' actual values;
 * and its attainment {@code (actual - baseline) / (target - baseline)}, all computed by hand.
 */
class KpiFiguresTest {

  private static final Offset<Double> EXACT = within(1e-9);

  private static final String PLAN = """
      plan:
        id: kpis
        title: KPIs
        organisation: Test
        period: { start: 2026-01-01, end: 2026-12-31 }
        currency: EUR
        asOf: 2026-06-30
      metrics:
        - { id: visits, title: Visits, unit: count, aggregate: sum }
        - { id: rating, title: Rating, unit: ratio, aggregate: average }
        - { id: followers, title: Followers, unit: count, aggregate: last }
        - { id: peak-viewers, title: Peak viewers, unit: count, aggregate: max }
        - { id: best-response, title: Best response time, unit: minutes, aggregate: min, better: lower }
        - { id: engagements, title: Engagements, unit: count }
        - { id: impressions, title: Impressions, unit: count }
        - { id: engagement-rate, title: Engagement rate, unit: percent, aggregate: average, formula: engagements / impressions * 100 }
        - { id: never-measured, title: Never measured, unit: count }
      channels:
        - { id: instagram, title: Instagram }
        - { id: x, title: X }
      objectives:
        - id: all-in-one
          title: Every kind of KPI
          pillar: marketing
          kpis:
            - { metric: visits, baseline: 0, target: 1000 }
            - { metric: rating, baseline: 3.5, target: 4.5 }
            - { metric: followers, baseline: 1000, target: 2000 }
            - { metric: peak-viewers, target: 1000 }
            - { metric: best-response, baseline: 60, target: 20 }
            - { metric: engagement-rate, baseline: 1, target: 3 }
            - { metric: visits }
            - { metric: never-measured, target: 10 }
            - { metric: rating, baseline: 4, target: 4 }
      """;

  private static final String RESULTS = """
      date,metric,value,channel
      2026-01-10,visits,100,instagram
      2026-01-10,visits,50,x
      2026-02-10,visits,200,instagram
      2026-03-10,visits,300,instagram
      2026-07-01,visits,1000,instagram
      2026-01-10,rating,4.0,instagram
      2026-01-10,rating,5.0,x
      2026-02-10,rating,3.0,instagram
      2026-01-31,followers,1000,instagram
      2026-02-28,followers,1100,instagram
      2026-02-28,followers,400,x
      2026-01-05,peak-viewers,300,instagram
      2026-02-05,peak-viewers,500,instagram
      2026-02-05,peak-viewers,300,x
      2026-03-05,peak-viewers,500,instagram
      2026-01-05,best-response,40,instagram
      2026-02-05,best-response,25,instagram
      2026-03-05,best-response,30,x
      2026-01-10,engagements,30,instagram
      2026-02-10,engagements,50,instagram
      2026-01-10,impressions,1000,instagram
      2026-02-10,impressions,3000,instagram
      """;

  @TempDir Path dir;

  private CheckResult check(UnaryOperator<io.github.socialstrategy.core.Settings.Builder> settings) {
    return PlanFixture.empty(dir).write("plan.yaml", PLAN).write("results/all.csv", RESULTS).check(settings);
  }

  private static KpiStatus kpi(CheckResult result, int index) {
    return result.figures().kpis().get(index);
  }

  @Test
  void sumAddsEveryResultUpToAsOf() {
    CheckResult r = check(b -> b);
    // 100 + 50 + 200 + 300; the July result is after asOf
    assertThat(kpi(r, 0).actual()).isCloseTo(650, EXACT);
    assertThat(kpi(r, 0).attainment()).isCloseTo(0.65, EXACT);
    assertThat(kpi(r, 0).state()).isEqualTo(KpiStatus.State.IN_PROGRESS);
  }

  @Test
  void averageIsTheAverageRowNotTheAverageDay() {
    CheckResult r = check(b -> b);
    // (4 + 5 + 3) / 3 rows = 4; the average of the day totals would be (9 + 3) / 2 = 6
    assertThat(kpi(r, 1).actual()).isCloseTo(4, EXACT);
    assertThat(kpi(r, 1).attainment()).isCloseTo((4 - 3.5) / (4.5 - 3.5), EXACT);
  }

  @Test
  void lastIsTheLatestDaysTotal() {
    CheckResult r = check(b -> b);
    // 2026-02-28: 1,100 on instagram + 400 on x
    assertThat(kpi(r, 2).actual()).isCloseTo(1500, EXACT);
    assertThat(kpi(r, 2).attainment()).isCloseTo(0.5, EXACT);
  }

  @Test
  void maxAndMinAreTheHighestAndLowestDayTotal() {
    CheckResult r = check(b -> b);
    // day totals 300, 500 + 300, 500
    assertThat(kpi(r, 3).actual()).isCloseTo(800, EXACT);
    assertThat(kpi(r, 3).baseline()).as("baseline defaults to 0").isZero();
    assertThat(kpi(r, 3).attainment()).isCloseTo(0.8, EXACT);
    // 40, 25, 30
    assertThat(kpi(r, 4).actual()).isCloseTo(25, EXACT);
  }

  @Test
  void lowerIsBetterAttainmentCountsTheFallTowardTheTarget() {
    CheckResult r = check(b -> b);
    // from 60 toward 20, now 25: (25 - 60) / (20 - 60) = 35 / 40
    assertThat(kpi(r, 4).attainment()).isCloseTo(0.875, EXACT);
  }

  @Test
  void derivedMetricIsItsFormulaOverItsInputsActualValues() {
    CheckResult r = check(b -> b);
    // (30 + 50) / (1,000 + 3,000) * 100 = 2: the ratio of the totals, not the average daily rate (3 and 1.67)
    assertThat(kpi(r, 5).actual()).isCloseTo(2, EXACT);
    assertThat(kpi(r, 5).attainment()).isCloseTo((2 - 1) / (3.0 - 1), EXACT);
    // its series is the formula per day where every input has a result
    MetricSeries series = r.figures().series().get("engagement-rate");
    assertThat(series.totals()).containsExactly(3.0, 50 / 3000.0 * 100);
  }

  @Test
  void kpiWithoutTargetIsTrackedNotScored() {
    KpiStatus tracked = kpi(check(b -> b), 6);
    assertThat(tracked.actual()).isCloseTo(650, EXACT);
    assertThat(tracked.target()).isNull();
    assertThat(tracked.attainment()).isNull();
    assertThat(tracked.state()).isEqualTo(KpiStatus.State.TRACKED);
    assertThat(tracked.pacing().state()).isEqualTo(Pacing.State.NOT_SCORED);
  }

  @Test
  void kpiWithoutResultsHasNoData() {
    KpiStatus none = kpi(check(b -> b), 7);
    assertThat(none.actual()).isNaN();
    assertThat(none.attainment()).isNull();
    assertThat(none.state()).isEqualTo(KpiStatus.State.NO_DATA);
    assertThat(none.pacing().state()).isEqualTo(Pacing.State.NO_DATA);
  }

  @Test
  void targetEqualToBaselineHasNoAttainment() {
    KpiStatus flat = kpi(check(b -> b), 8);
    assertThat(flat.actual()).isCloseTo(4, EXACT);
    assertThat(flat.attainment()).isNull();
  }

  @Test
  void anEarlierAsOfSeesOnlyTheResultsUpToIt() {
    CheckResult r = check(b -> b.asOf("2026-01-31"));
    assertThat(kpi(r, 0).actual()).isCloseTo(150, EXACT);
    assertThat(kpi(r, 1).actual()).isCloseTo(4.5, EXACT);
    assertThat(kpi(r, 2).actual()).isCloseTo(1000, EXACT);
    assertThat(kpi(r, 3).actual()).isCloseTo(300, EXACT);
    assertThat(kpi(r, 4).actual()).isCloseTo(40, EXACT);
    assertThat(kpi(r, 5).actual()).isCloseTo(3, EXACT);
    // and before the first result there is nothing
    assertThat(kpi(check(b -> b.asOf("2026-01-01")), 0).actual()).isNaN();
  }

  @Test
  void dueDateDefaultsToThePlansEnd() {
    assertThat(kpi(check(b -> b), 0).due()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
  }
}
