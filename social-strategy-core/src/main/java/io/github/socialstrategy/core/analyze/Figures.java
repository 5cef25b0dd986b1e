package io.github.socialstrategy.core.analyze;

import java.util.List;
import java.util.Map;

/**
 * Every figure computed from a resolved plan: effort, coverage, KPI standing and pacing, budget, money and
 * ROI, non-financial benefits, and the per-day series of each metric. Immutable; built by {@link Analyzer}.
 *
 * @param tracedActivities how many activities reach an objective
 * @param series metric id to its series: per day for a measured metric, per week or month for a derived one
 * @param benefitsByActivity activity id to the non-financial metrics scoped to it
 * @param benefitsByChannel channel id to the non-financial metrics scoped to it or to its activities
 * @param benefitsByCampaign campaign id to the cumulative non-financial metrics recorded for it: its own results
 *     and its activities' results during it (an activity's result split equally among its campaigns running then)
 * @param benefitsByStrategy strategy id to the cumulative non-financial metrics of its activities (each activity's
 *     split equally among its strategies)
 * @param benefitsByObjective objective id to the cumulative non-financial metrics of the activities tracing to it
 *     (each split equally among its objectives) and of the campaigns meant for it (split among their intent)
 * @param benefitsByPillar pillar id to the sum of its objectives' figures
 * @param campaignOutcomes campaign id to what it moved, for each campaign that has started by the report date
 * @param review effort, money and results per channel, strategy and pillar, and the adjustments they suggest
 * @param values each metric's value over any range of days (derived metrics by their formula over the range)
 */
public record Figures(
    int tracedActivities,
    Effort effort,
    Coverage coverage,
    List<KpiStatus> kpis,
    Budget budget,
    MoneyFigures money,
    Map<String, List<Benefit>> benefitsByActivity,
    Map<String, List<Benefit>> benefitsByChannel,
    Map<String, MetricSeries> series,
    ResultIndex results,
    Map<String, List<Benefit>> benefitsByCampaign,
    Map<String, List<Benefit>> benefitsByStrategy,
    Map<String, List<Benefit>> benefitsByObjective,
    Map<String, List<Benefit>> benefitsByPillar,
    MetricValues values,
    Map<String, CampaignOutcome> campaignOutcomes,
    Review review) {

  /** What a KPI's chart draws: its value to date, per week or month for a derived metric, and its expected path. */
  public KpiSeries kpiSeries(KpiStatus kpi) {
    return new KpiAnalyzer(values.plan(), values, Pacing.Thresholds.DEFAULT).series(kpi);
  }
}
