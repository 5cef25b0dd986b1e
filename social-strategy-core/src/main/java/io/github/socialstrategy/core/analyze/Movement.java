package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Aggregate;
import io.github.socialstrategy.core.model.Better;
import io.github.socialstrategy.core.model.Metric;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;

/**
 * How much a metric moved, as one number a reader understands: its level in a window against its level in
 * the window of the same length just before it, in percent, signed so that a positive number is an
 * improvement (for a {@code lower}-is-better metric, a fall). The level of a cumulative ({@code sum})
 * metric is its total per calendar day, so monthly and daily recording compare alike; the level of any
 * other metric is the mean of its recorded values.
 */
public final class Movement {

  private Movement() {}

  /**
   * The movement over {@code [from, to]} against the equal window before it; when there are no results
   * before, the later half of the window against the earlier half. NaN when either side has no results or
   * the earlier level is 0.
   */
  public static double of(NavigableMap<LocalDate, Double> daily, LocalDate from, LocalDate to, Metric metric) {
    if (daily == null || daily.isEmpty() || to.isBefore(from)) {
      return Double.NaN;
    }
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    LocalDate beforeFrom = from.minusDays(days);
    double before = level(daily.subMap(beforeFrom, true, from, false), days, metric);
    if (Double.isNaN(before)) {
      return halves(daily, from, to, metric);
    }
    return change(before, level(daily.subMap(from, true, to, true), days, metric), metric.better());
  }

  /** The later half of {@code [from, to]} against the earlier half. */
  public static double halves(NavigableMap<LocalDate, Double> daily, LocalDate from, LocalDate to, Metric metric) {
    if (daily == null || daily.isEmpty() || to.isBefore(from)) {
      return Double.NaN;
    }
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    LocalDate mid = from.plusDays(days / 2);
    long firstDays = mid.toEpochDay() - from.toEpochDay();
    double first = level(daily.subMap(from, true, mid, false), firstDays, metric);
    double second = level(daily.subMap(mid, true, to, true), days - firstDays, metric);
    return change(first, second, metric.better());
  }

  /** {@link #of(NavigableMap, LocalDate, LocalDate, Metric)} over sums per day, with the same arithmetic. */
  static double of(DaySums daily, LocalDate from, LocalDate to, Metric metric) {
    if (daily == null || daily.isEmpty() || to.isBefore(from)) {
      return Double.NaN;
    }
    long first = from.toEpochDay();
    long days = to.toEpochDay() - first + 1;
    double before = level(daily.between(first - days, first - 1), days, metric);
    if (Double.isNaN(before)) {
      return halves(daily, first, to.toEpochDay(), metric);
    }
    return change(before, level(daily.between(first, to.toEpochDay()), days, metric), metric.better());
  }

  /** {@link #halves(NavigableMap, LocalDate, LocalDate, Metric)} over sums per day, from and to as epoch days. */
  static double halves(DaySums daily, long from, long to, Metric metric) {
    if (daily == null || daily.isEmpty() || to < from) {
      return Double.NaN;
    }
    long days = to - from + 1;
    long mid = from + days / 2;
    long firstDays = mid - from;
    double first = level(daily.between(from, mid - 1), firstDays, metric);
    double second = level(daily.between(mid, to), days - firstDays, metric);
    return change(first, second, metric.better());
  }

  private static double level(DaySums window, long calendarDays, Metric metric) {
    if (window.isEmpty() || calendarDays <= 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < window.size(); i++) {
      sum += window.sum(i);
    }
    return metric.aggregate() == Aggregate.SUM ? sum / calendarDays : sum / window.size();
  }

  private static double change(double before, double after, Better better) {
    if (Double.isNaN(before) || Double.isNaN(after) || before == 0) {
      return Double.NaN;
    }
    double change = 100 * (after - before) / Math.abs(before);
    return better == Better.LOWER ? -change : change;
  }

  private static double level(Map<LocalDate, Double> window, long calendarDays, Metric metric) {
    if (window.isEmpty() || calendarDays <= 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double v : window.values()) {
      sum += v;
    }
    return metric.aggregate() == Aggregate.SUM ? sum / calendarDays : sum / window.size();
  }
}
