package io.github.socialstrategy.core.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.model.Rule;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KPI figures computed by hand at the four quarter ends (and a day between milestones), for each kind of KPI:
 * a cumulative sum with last year's total as baseline, a level, a lower-is-better sum (a limit), a sum with
 * milestones, a derived ratio over inputs recorded weekly and monthly, and a KPI past its due date. The plan
 * runs 2026-01-01 to 2026-12-31 (365 days); by the end of a day d, the elapsed share e is (d - start + 1) / 365:
 * 90/365 on 31 March, 181/365 on 30 June, 273/365 on 30 September, 1 on 31 December.
 */
class KpiFiguresAnyDayTest {

  private static final Offset<Double> EXACT = within(1e-9);

  private static final LocalDate Q1 = LocalDate.of(2026, 3, 31);
  private static final LocalDate Q2 = LocalDate.of(2026, 6, 30);
  private static final LocalDate Q3 = LocalDate.of(2026, 9, 30);
  private static final LocalDate Q4 = LocalDate.of(2026, 12, 31);

  private static final String PLAN = """
      plan:
        id: any-day
        title: Any day
        organisation: Test
        period: { start: 2026-01-01, end: 2026-12-31 }
        currency: EUR
      metrics:
        - { id: sales, title: Sales, unit: count }
        - { id: rating, title: Rating, unit: ratio, aggregate: average }
        - { id: complaints, title: Complaints, unit: count, better: lower }
        - { id: revenue, title: Revenue, unit: currency, financial: true }
        - { id: orders, title: Orders, unit: count }
        - { id: sessions, title: Sessions, unit: count }
        - { id: conversion, title: Conversion, unit: percent, aggregate: average, formula: orders / sessions * 100 }
      objectives:
        - id: grow
          title: Grow
          pillar: sales
          kpis:
            - { metric: sales, baseline: 1000, target: 1200 }
            - { metric: rating, baseline: 3.5, target: 4.5 }
            - { metric: complaints, baseline: 150, target: 100 }
            - metric: revenue
              baseline: 300
              target: 400
              milestones: { 2026-03-31: 50, 2026-06-30: 150, 2026-09-30: 250 }
            - { metric: conversion, baseline: 1, target: 1.5 }
            - { metric: sales, target: 600, due: 2026-06-30 }
      """;

  private static final int SALES = 0;
  private static final int RATING = 1;
  private static final int COMPLAINTS = 2;
  private static final int REVENUE = 3;
  private static final int CONVERSION = 4;
  private static final int SALES_BY_JUNE = 5;

  private static final double[] RATINGS = {3.6, 3.8, 4.0, 4.0, 4.2, 4.2, 4.3, 4.3, 4.4, 4.4, 4.5, 4.5};
  private static final double[] REVENUE_BY_MONTH = {20, 20, 20, 30, 30, 30, 30, 30, 30, 60, 60, 60};

  @TempDir Path dir;

  /**
   * Month ends: sales 100, a rating, 10 complaints, revenue, 1,000 sessions. Every Sunday: orders, 2 a week in the
   * first quarter, 3 in the second, 4 in the third, 5 in the fourth (sessions and orders never share a day).
   */
  private static String results() {
    StringBuilder csv = new StringBuilder("date,metric,value\n");
    for (int m = 1; m <= 12; m++) {
      LocalDate end = YearMonth.of(2026, m).atEndOfMonth();
      csv.append(end).append(",sales,100\n");
      csv.append(end).append(",rating,").append(RATINGS[m - 1]).append('\n');
      csv.append(end).append(",complaints,10\n");
      csv.append(end).append(",revenue,").append(REVENUE_BY_MONTH[m - 1]).append('\n');
      csv.append(end).append(",sessions,1000\n");
    }
    for (LocalDate d = LocalDate.of(2026, 1, 4); d.getYear() == 2026; d = d.plusWeeks(1)) {
      assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
      csv.append(d).append(",orders,").append((d.getMonthValue() - 1) / 3 + 2).append('\n');
    }
    return csv.toString();
  }

  private List<KpiStatus> at(LocalDate asOf) {
    CheckResult r = PlanFixture.empty(dir).write("plan.yaml", PLAN).write("results.csv", results()).check(b -> b.asOf(asOf));
    assertThat(r.errors()).as("the fixture is valid: %s", r.diagnostics()).isZero();
    return r.figures().kpis();
  }

  private CheckResult checked(LocalDate asOf) {
    return PlanFixture.empty(dir).write("plan.yaml", PLAN).write("results.csv", results()).check(b -> b.asOf(asOf));
  }

  private static double e(LocalDate d) {
    return (d.getDayOfYear()) / 365.0;
  }

  // ---- a cumulative sum with last year's total as baseline: 100 a month, target 1,200, last year 1,000

  @Test
  void sumCountsFromZeroAndComparesWithLastYearAtThisPoint() {
    double[][] expected = {
      // actual, attainment, projected (actual / e)
      {300, 0.25, 300 / (90 / 365.0)},
      {600, 0.50, 600 / (181 / 365.0)},
      {900, 0.75, 900 / (273 / 365.0)},
    };
    LocalDate[] dates = {Q1, Q2, Q3};
    for (int i = 0; i < dates.length; i++) {
      KpiStatus k = at(dates[i]).get(SALES);
      assertThat(k.kind()).isEqualTo(KpiStatus.Kind.CUMULATIVE);
      assertThat(k.actual()).as("actual at %s", dates[i]).isCloseTo(expected[i][0], EXACT);
      assertThat(k.attainment()).as("attainment at %s", dates[i]).isCloseTo(expected[i][1], EXACT);
      assertThat(k.expectedAttainment()).isCloseTo(e(dates[i]), EXACT);
      assertThat(k.expected()).isCloseTo(1200 * e(dates[i]), EXACT);
      // last year's total pro-rated: 1,000 * e (246.6 on 31 March: this year is 21.7% ahead)
      assertThat(k.lastYearToDate()).isCloseTo(1000 * e(dates[i]), EXACT);
      // pace on the same attainment: 25% against 24.66% expected on 31 March, 0.34 points ahead
      assertThat(k.pacing().progress()).isCloseTo(k.attainment(), EXACT);
      assertThat(k.pacing().gapPoints()).isCloseTo(100 * (expected[i][1] - e(dates[i])), EXACT);
      assertThat(k.pacing().state()).isEqualTo(Pacing.State.ON_TRACK);
      assertThat(k.projection().basis()).isEqualTo(Projection.Basis.RATE);
      assertThat(k.projection().value()).isCloseTo(expected[i][2], EXACT);
      assertThat(k.projection().attainment()).isCloseTo(expected[i][2] / 1200, EXACT);
      assertThat(k.state()).isEqualTo(KpiStatus.State.IN_PROGRESS);
    }
    KpiStatus year = at(Q4).get(SALES);
    assertThat(year.actual()).isCloseTo(1200, EXACT);
    assertThat(year.attainment()).isCloseTo(1, EXACT);
    assertThat(year.state()).isEqualTo(KpiStatus.State.MET);
    assertThat(year.pacing().state()).isEqualTo(Pacing.State.FINAL);
    assertThat(year.projection().basis()).isEqualTo(Projection.Basis.FINAL);
    assertThat(year.lastYearToDate()).isCloseTo(1000, EXACT);
  }

  // ---- a level: the average rating over the window, from the baseline 3.5 to the target 4.5

  @Test
  void levelKeepsItsBaselineAndProjectsItsTrend() {
    KpiStatus q1 = at(Q1).get(RATING);
    assertThat(q1.kind()).isEqualTo(KpiStatus.Kind.LEVEL);
    // (3.6 + 3.8 + 4.0) / 3 = 3.8: (3.8 - 3.5) / (4.5 - 3.5) = 30%, against 24.66% expected
    assertThat(q1.actual()).isCloseTo(3.8, EXACT);
    assertThat(q1.attainment()).isCloseTo(0.3, within(1e-12));
    assertThat(q1.expected()).isCloseTo(3.5 + e(Q1), EXACT);
    assertThat(q1.lastYearToDate()).isNaN();
    // three month ends span 60 days, under a quarter of the window (92 days): no trend yet, and it says why
    assertThat(q1.projection().exists()).isFalse();
    assertThat(q1.projection().reason()).contains("at least a quarter of the window", "span 60 days");

    KpiStatus q2 = at(Q2).get(RATING);
    // six ratings average 3.9667: 46.67% against 49.59% expected, 2.9 points behind: on track
    assertThat(q2.actual()).isCloseTo(23.8 / 6, within(1e-12));
    assertThat(q2.attainment()).isCloseTo(23.8 / 6 - 3.5, within(1e-12));
    assertThat(q2.pacing().state()).isEqualTo(Pacing.State.ON_TRACK);
    // least squares through the six month ends, then e * average + (1 - e) * the trend's mean over the days left
    assertThat(q2.projection().basis()).isEqualTo(Projection.Basis.TREND);
    assertThat(q2.projection().value()).isCloseTo(4.30328145048791, within(1e-9));

    KpiStatus q3 = at(Q3).get(RATING);
    assertThat(q3.actual()).isCloseTo(36.8 / 9, within(1e-12));
    assertThat(q3.projection().value()).isCloseTo(4.216575183628014, within(1e-9));

    KpiStatus q4 = at(Q4).get(RATING);
    // all twelve: 4.1833; due: final, missed (68.3%), no pace
    assertThat(q4.actual()).isCloseTo(50.2 / 12, within(1e-12));
    assertThat(q4.state()).isEqualTo(KpiStatus.State.MISSED);
    assertThat(q4.pacing().shown()).isFalse();
  }

  // ---- a lower-is-better sum: a limit of 100 complaints; 10 a month; last year 150

  @Test
  void lowerIsBetterSumIsALimitUsedAgainstTheShareAllowedByNow() {
    double[] used = {0.3, 0.6, 0.9};
    Pacing.State[] pace = {Pacing.State.ON_TRACK, Pacing.State.AT_RISK, Pacing.State.AT_RISK};
    LocalDate[] dates = {Q1, Q2, Q3};
    for (int i = 0; i < dates.length; i++) {
      KpiStatus k = at(dates[i]).get(COMPLAINTS);
      assertThat(k.kind()).isEqualTo(KpiStatus.Kind.LIMIT);
      // the share of the limit used, against the share allowed by now (e): using less is ahead
      assertThat(k.attainment()).as("used at %s", dates[i]).isCloseTo(used[i], within(1e-12));
      assertThat(k.expectedAttainment()).isCloseTo(e(dates[i]), EXACT);
      // 31 March: 30% used where 24.66% was allowed, 5.3 points behind (on track); 30 June: 10.4 behind (at risk)
      assertThat(k.pacing().gapPoints()).isCloseTo(100 * (e(dates[i]) - used[i]), within(1e-9));
      assertThat(k.pacing().state()).as("pace at %s", dates[i]).isEqualTo(pace[i]);
      assertThat(k.state()).isEqualTo(KpiStatus.State.IN_PROGRESS);
      // at this rate: 30 / (90/365) = 121.7 complaints by the end of the year
      assertThat(k.projection().value()).isCloseTo(100 * used[i] / e(dates[i]), within(1e-9));
      assertThat(k.lastYearToDate()).isCloseTo(150 * e(dates[i]), EXACT);
    }
    // the limit is broken in November (110 by 30 November): missed for good, even before its due date, and so
    // final: no pace, no projection
    KpiStatus broken = at(LocalDate.of(2026, 11, 30)).get(COMPLAINTS);
    assertThat(broken.state()).isEqualTo(KpiStatus.State.MISSED);
    assertThat(broken.pacing().state()).isEqualTo(Pacing.State.FINAL);
    assertThat(broken.projection().exists()).isFalse();
    assertThat(at(LocalDate.of(2026, 10, 31)).get(COMPLAINTS).state()).isEqualTo(KpiStatus.State.IN_PROGRESS);
    KpiStatus year = at(Q4).get(COMPLAINTS);
    assertThat(year.attainment()).isCloseTo(1.2, within(1e-12));
    assertThat(year.state()).isEqualTo(KpiStatus.State.MISSED);
  }

  @Test
  void aLimitKeptIsMetAtItsDueDate(@TempDir Path other) {
    String plan = PLAN.replace("{ metric: complaints, baseline: 150, target: 100 }", "{ metric: complaints, baseline: 150, target: 130 }");
    CheckResult r = PlanFixture.empty(other).write("plan.yaml", plan).write("results.csv", results()).check(b -> b.asOf(Q4));
    KpiStatus k = r.figures().kpis().get(COMPLAINTS);
    // 120 of a limit of 130: 92.3% used, met
    assertThat(k.attainment()).isCloseTo(120 / 130.0, EXACT);
    assertThat(k.state()).isEqualTo(KpiStatus.State.MET);
  }

  // ---- milestones: a seasonal path 0 -> 50 (31 March) -> 150 (30 June) -> 250 (30 September) -> 400

  @Test
  void milestonesGiveTheExpectedPathAndTheProjection() {
    KpiStatus q1 = at(Q1).get(REVENUE);
    // 60 earned where 50 was expected: attainment 15% against 12.5%
    assertThat(q1.actual()).isCloseTo(60, EXACT);
    assertThat(q1.expected()).isCloseTo(50, EXACT);
    assertThat(q1.attainment()).isCloseTo(0.15, EXACT);
    assertThat(q1.expectedAttainment()).isCloseTo(0.125, EXACT);
    // scaled to the milestones: 60 / 50 of the path, 480 by the end of the year
    assertThat(q1.projection().basis()).isEqualTo(Projection.Basis.MILESTONES);
    assertThat(q1.projection().value()).isCloseTo(480, EXACT);
    // last year at this point is last year's total pro-rated to the elapsed share, milestones or not: 300 * 90/365
    assertThat(q1.lastYearToDate()).isCloseTo(300 * e(Q1), EXACT);

    KpiStatus q2 = at(Q2).get(REVENUE);
    assertThat(q2.actual()).isCloseTo(150, EXACT);
    assertThat(q2.expected()).isCloseTo(150, EXACT);
    assertThat(q2.projection().value()).isCloseTo(400, EXACT);

    KpiStatus q3 = at(Q3).get(REVENUE);
    // 240 where 250 was expected: 60% against 62.5%, 2.5 points behind
    assertThat(q3.attainment()).isCloseTo(0.6, EXACT);
    assertThat(q3.pacing().gapPoints()).isCloseTo(-2.5, within(1e-9));
    assertThat(q3.projection().value()).isCloseTo(384, EXACT);

    // between milestones the path is straight: on 15 May (day 135), 50 + (135 - 90) / (181 - 90) * 100
    KpiStatus may = at(LocalDate.of(2026, 5, 15)).get(REVENUE);
    assertThat(may.expected()).isCloseTo(50 + 45 / 91.0 * 100, EXACT);

    KpiStatus q4 = at(Q4).get(REVENUE);
    assertThat(q4.actual()).isCloseTo(420, EXACT);
    assertThat(q4.state()).isEqualTo(KpiStatus.State.MET);
  }

  // ---- a derived ratio: orders on Sundays, sessions on month ends; never on the same day

  @Test
  void derivedRatioIsItsFormulaOverTheInputsOfTheWholeWindow() {
    // orders: 13 Sundays at 2 by 31 March = 26; sessions 3,000: 0.8667%
    // by 30 June: 26 + 13 x 3 = 65 of 6,000; by 30 September: 65 + 13 x 4 = 117 of 9,000; the year: 182 of 12,000
    double[] conversion = {26 / 3000.0 * 100, 65 / 6000.0 * 100, 117 / 9000.0 * 100, 182 / 12000.0 * 100};
    LocalDate[] dates = {Q1, Q2, Q3, Q4};
    for (int i = 0; i < dates.length; i++) {
      KpiStatus k = at(dates[i]).get(CONVERSION);
      assertThat(k.kind()).isEqualTo(KpiStatus.Kind.LEVEL);
      assertThat(k.actual()).as("conversion at %s", dates[i]).isCloseTo(conversion[i], within(1e-12));
      assertThat(k.attainment()).isCloseTo((conversion[i] - 1) / 0.5, within(1e-9));
    }
    // projected by its formula over its inputs' projections: both totals grow at their rate, the ratio holds
    KpiStatus q2 = at(Q2).get(CONVERSION);
    assertThat(q2.projection().basis()).isEqualTo(Projection.Basis.INPUTS);
    assertThat(q2.projection().value()).isCloseTo(65 / 6000.0 * 100, within(1e-9));
  }

  @Test
  void derivedChartIsPerMonthAndItsLineToDateEndsAtTheActualValue() {
    CheckResult r = checked(Q2);
    KpiStatus k = r.figures().kpis().get(CONVERSION);
    KpiSeries s = r.figures().kpiSeries(k);
    // orders are weekly and sessions monthly: plotted per month, the finest both are recorded at
    assertThat(s.bucket()).isEqualTo(Bucket.MONTH);
    // per month: January 4 Sundays x 2 = 8 of 1,000, February 8, March 5 x 2 = 10, April 4 x 3 = 12, May 5 x 3, June 4 x 3
    assertThat(s.perBucket()).extracting(Point::value)
        .containsExactly(0.8, 0.8, 1.0, 1.2, 1.5, 1.2, 1.6, 2.0, 1.6, 2.0, 2.5, 2.0);
    assertThat(s.perBucket().get(5).date()).isEqualTo(Q2);
    // the line to date at the report date is the table's actual value
    Point atAsOf = s.toDate().stream().filter(p -> p.date().equals(Q2)).findFirst().orElseThrow();
    assertThat(atAsOf.value()).isCloseTo(k.actual(), EXACT);
    // the metric's own series is per month too, so its page and the KPI's chart agree
    MetricSeries series = r.figures().series().get("conversion");
    assertThat(series.dates()).hasSize(12);
    assertThat(series.totals()[0]).isCloseTo(0.8, within(1e-12));
  }

  // ---- a KPI past its due date: sales by 30 June, target 600

  @Test
  void pastItsDueDateAKpiIsFinalAndCountsOnlyItsWindow() {
    KpiStatus q1 = at(Q1).get(SALES_BY_JUNE);
    // 300 of 600 where 90/181 was expected: 50% against 49.7%
    assertThat(q1.attainment()).isCloseTo(0.5, EXACT);
    assertThat(q1.expectedAttainment()).isCloseTo(90 / 181.0, EXACT);
    assertThat(q1.pacing().state()).isEqualTo(Pacing.State.ON_TRACK);

    KpiStatus q3 = at(Q3).get(SALES_BY_JUNE);
    // 900 sales by 30 September, but its window closed on 30 June with 600: met, final, no pace
    assertThat(q3.actual()).isCloseTo(600, EXACT);
    assertThat(q3.attainment()).isCloseTo(1, EXACT);
    assertThat(q3.state()).isEqualTo(KpiStatus.State.MET);
    assertThat(q3.pacing().state()).isEqualTo(Pacing.State.FINAL);
    assertThat(q3.pacing().state().keyword()).isNull();
    assertThat(q3.projection().basis()).isEqualTo(Projection.Basis.FINAL);
    assertThat(q3.projection().value()).isCloseTo(600, EXACT);
  }

  @Test
  void dueKpisMissedByMoreThanTheOffTrackMarginAreOffTrackObjectives() {
    CheckResult r = checked(Q4);
    // the rating missed by 31.7 points: beyond the 25-point off-track margin; the limit broken by 20 points is not
    assertThat(PlanFixture.of(r, Rule.OFF_TRACK_OBJECTIVE)).extracting(d -> d.message()).singleElement()
        .satisfies(m -> assertThat(m).contains("missed KPI 'rating'", "68.3% reached by its due date 2026-12-31", "31.7 points short"));
  }
}
