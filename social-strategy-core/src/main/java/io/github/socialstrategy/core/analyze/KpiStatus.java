package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Kpi;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import java.time.LocalDate;

/**
 * Where one KPI stands at the report date.
 *
 * @param metric the KPI's metric, or null when it names none that exists
 * @param actual the metric's value at {@code asOf} by its aggregate; NaN without results
 * @param target the target, or null when the KPI is tracked, not scored
 * @param due the effective due date (the plan's end when not given)
 * @param attainment {@code (actual - baseline) / (target - baseline)}, or null when not scored or no data
 * @param pacing whether the KPI is on pace at the report date
 * @param asOf the report date the KPI is judged at (may be null)
 */
public record KpiStatus(
    Objective objective,
    Kpi kpi,
    Metric metric,
    double actual,
    double baseline,
    Double target,
    LocalDate due,
    Double attainment,
    Pacing pacing,
    LocalDate asOf) {

  /** The state words the site shows. */
  public enum State {
    MET,
    IN_PROGRESS,
    MISSED,
    NO_DATA,
    TRACKED
  }

  /** Met once attainment reaches 1; missed when the due date has come at the report date without it. */
  public State state() {
    if (!Double.isFinite(actual)) {
      return State.NO_DATA;
    }
    if (target == null || attainment == null) {
      return State.TRACKED;
    }
    if (attainment >= 1) {
      return State.MET;
    }
    return due != null && asOf != null && !asOf.isBefore(due) ? State.MISSED : State.IN_PROGRESS;
  }
}
