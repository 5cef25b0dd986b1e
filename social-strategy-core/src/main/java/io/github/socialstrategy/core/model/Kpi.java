package io.github.socialstrategy.core.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How an objective's success is measured.
 *
 * @param baseline the starting value (0 when not given): for a cumulative ({@code sum}) metric, the previous
 *     window's total, shown as a comparison; for a level, where the KPI starts
 * @param target the value to reach, or null: the KPI is then tracked, not scored
 * @param due the date to reach it by, or null for the plan's end
 * @param milestones the value expected by each date, in date order (empty for a straight path): a seasonal
 *     expected path instead of a straight line
 */
public record Kpi(Ref metric, double baseline, Double target, LocalDate due, NavigableMap<LocalDate, Milestone> milestones, Source source) {

  /** One point of a KPI's expected path, with the place it was written. */
  public record Milestone(LocalDate date, double value, Location location) {}

  public Kpi {
    milestones = milestones == null || milestones.isEmpty()
        ? Collections.emptyNavigableMap()
        : Collections.unmodifiableNavigableMap(new TreeMap<>(milestones));
  }

  /** A KPI without milestones. */
  public Kpi(Ref metric, double baseline, Double target, LocalDate due, Source source) {
    this(metric, baseline, target, due, null, source);
  }
}
