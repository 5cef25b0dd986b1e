package io.github.socialstrategy.core.model;

/**
 * Something measured; KPIs are built from metrics.
 *
 * @param financial whether amounts count as financial return in ROI
 * @param level the AMEC stage, or null
 * @param formula the formula of a derived metric, or null
 */
public record Metric(
    String id,
    String title,
    Unit unit,
    Aggregate aggregate,
    Better better,
    boolean financial,
    Level level,
    String formula,
    String description,
    Source source) {

  public boolean isDerived() {
    return formula != null;
  }
}
