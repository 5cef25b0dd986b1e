package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Plan;
import java.util.List;

/**
 * A checked plan with its findings and figures: what the site renders.
 *
 * @param errors the number of errors, including any only summarised in {@code diagnostics}
 * @param warnings the number of warnings, likewise
 */
public record Analysis(Plan plan, List<Diagnostic> diagnostics, int errors, int warnings, Figures figures) {

  public int tracedActivities() {
    return figures.tracedActivities();
  }

  public Effort effort() {
    return figures.effort();
  }

  public Coverage coverage() {
    return figures.coverage();
  }

  public List<KpiStatus> kpis() {
    return figures.kpis();
  }

  public Budget budget() {
    return figures.budget();
  }

  public MoneyFigures money() {
    return figures.money();
  }

  public MetricSeries series(String metricId) {
    return figures.series().getOrDefault(metricId, MetricSeries.EMPTY);
  }
}
