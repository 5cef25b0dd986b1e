package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Kpi;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import java.time.LocalDate;

/**
 * Where one KPI stands at the report date. Every figure is measured over the KPI's window, from the plan's
 * start to its due date, with the results dated up to the report date (or the due date, once due).
 *
 * @param metric the KPI's metric, or null when it names none that exists
 * @param kind how the KPI's progress is measured
 * @param start the window's first day (the plan's start), or null without a plan period
 * @param due the effective due date (the plan's end when not given)
 * @param asOf the report date the KPI is judged at (may be null)
 * @param actual the metric's value over the window up to the report date; NaN without results
 * @param target the target, or null when the KPI is tracked, not scored
 * @param attainment the one attainment the KPI shows: {@code actual / target} for a cumulative KPI, the share of
 *     the limit used ({@code actual / target}) for a limit, {@code (actual - baseline) / (target - baseline)}
 *     for a level; null when not scored or without results
 * @param expected the value expected by the report date on the KPI's expected path; NaN without one
 * @param expectedAttainment the attainment expected by the report date (for a limit, the share of the limit
 *     that may be used by then); NaN without a path
 * @param lastYearToDate for a cumulative KPI with a baseline (last window's total): the baseline pro-rated to
 *     where the window stands (as the expected path is); NaN otherwise
 * @param projection the value it will reach at its due date at the current rate
 * @param pacing whether the attainment is where it was expected to be by the report date
 */
public record KpiStatus(
    Objective objective,
    Kpi kpi,
    Metric metric,
    Kind kind,
    LocalDate start,
    LocalDate due,
    LocalDate asOf,
    double actual,
    double baseline,
    Double target,
    Double attainment,
    double expected,
    double expectedAttainment,
    double lastYearToDate,
    Projection projection,
    Pacing pacing) {

  /** How a KPI's progress is measured. */
  public enum Kind {
    /** A total over the window ({@code aggregate: sum}, higher is better): counts up from zero to the target. */
    CUMULATIVE,
    /** A total over the window that must stay at or below its target ({@code aggregate: sum}, lower is better). */
    LIMIT,
    /** A level ({@code average}, {@code last}, {@code max}, {@code min}, or a derived rate): from the baseline to the target. */
    LEVEL;

    /** {@code cumulative}, {@code limit}, {@code level}, as {@code plan.json} writes it. */
    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The state words the site shows. */
  public enum State {
    MET,
    IN_PROGRESS,
    MISSED,
    NO_DATA,
    TRACKED
  }

  /** Whether the report date has reached the due date: from then on the KPI's state is final. */
  public boolean isDue() {
    return due != null && asOf != null && !asOf.isBefore(due);
  }

  /**
   * Met once attainment reaches 100% (a limit: at its due date, within the limit); missed when the due date has
   * come without it (a limit: as soon as the total is over the limit); in progress before.
   */
  public State state() {
    if (!Double.isFinite(actual)) {
      return State.NO_DATA;
    }
    if (target == null || attainment == null) {
      return State.TRACKED;
    }
    if (kind == Kind.LIMIT) {
      if (actual > target) {
        return State.MISSED;
      }
      return isDue() ? State.MET : State.IN_PROGRESS;
    }
    if (attainment >= 1) {
      return State.MET;
    }
    return isDue() ? State.MISSED : State.IN_PROGRESS;
  }

  /** Whether the KPI is scored: it has a target and an attainment. */
  public boolean scored() {
    return target != null && attainment != null;
  }
}
