package io.github.socialstrategy.core.analyze;

import java.util.List;
import java.util.Map;

/**
 * Every figure computed from a resolved plan: effort, coverage, KPI standing and pacing, budget, money and
 * ROI, non-financial benefits, and the per-day series of each metric. Immutable; built by {@link Analyzer}.
 *
 * @param tracedActivities how many activities reach an objective
 * @param series metric id to its per-day series (derived metrics computed from their inputs)
 * @param benefitsByActivity activity id to the non-financial metrics scoped to it
 * @param benefitsByChannel channel id to the non-financial metrics scoped to it or to its activities
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
    ResultIndex results) {}
