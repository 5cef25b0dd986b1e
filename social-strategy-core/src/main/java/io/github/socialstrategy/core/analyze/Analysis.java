package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Plan;
import java.util.List;
import java.util.Map;

/**
 * The plan with every figure the site shows computed once: effort, coverage, KPI standing, budget and
 * the per-day series of each metric. Immutable; built by {@link Analyzer}.
 *
 * @param tracedActivities how many activities reach an objective
 * @param series metric id to its per-day series (derived metrics computed from their inputs)
 */
public record Analysis(
    Plan plan,
    List<Diagnostic> diagnostics,
    int errors,
    int warnings,
    int tracedActivities,
    Effort effort,
    Coverage coverage,
    List<KpiStatus> kpis,
    Budget budget,
    Map<String, MetricSeries> series) {

  public MetricSeries series(String metricId) {
    return series.getOrDefault(metricId, MetricSeries.EMPTY);
  }
}
