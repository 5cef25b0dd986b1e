package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Aggregate;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One metric's results summed per day over every scope, in date order: the shape charts and KPI figures
 * need. Built once per metric from the result rows.
 *
 * @param dates the days with results, ascending
 * @param totals the sum of the day's values
 * @param counts how many rows the day had
 */
public record MetricSeries(LocalDate[] dates, double[] totals, int[] counts) {

  public static final MetricSeries EMPTY = new MetricSeries(new LocalDate[0], new double[0], new int[0]);

  public boolean isEmpty() {
    return dates.length == 0;
  }

  /** How many days up to and including {@code asOf} have results. */
  public int daysUpTo(LocalDate asOf) {
    int i = Arrays.binarySearch(dates, asOf);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /**
   * Whether rows of one day add up for a metric: counts and money do (followers on two channels are
   * the followers of both); percentages, ratios and durations do not (a response time on two channels is
   * their mean, not their sum).
   */
  public static boolean additive(io.github.socialstrategy.core.model.Metric metric) {
    return metric.unit() == null
        || metric.unit() == io.github.socialstrategy.core.model.Unit.COUNT
        || metric.unit() == io.github.socialstrategy.core.model.Unit.CURRENCY;
  }

  /** The value of day {@code i}: the day's total, or for a non-additive metric the mean of its rows. */
  private double day(int i, boolean additive) {
    return additive ? totals[i] : totals[i] / counts[i];
  }

  /**
   * The metric's value at {@code asOf} by its aggregate: the sum, the average row, the last day's value, or
   * the highest or lowest day's value of the results up to that date; NaN when there are none. A day's
   * value is its total, or for a non-additive metric the mean of its rows.
   */
  public double valueAt(LocalDate asOf, Aggregate aggregate, boolean additive) {
    return valueOver(0, daysUpTo(asOf), aggregate, additive);
  }

  /** The index of the first day on or after {@code date}. */
  public int indexFrom(LocalDate date) {
    int i = Arrays.binarySearch(dates, date);
    return i >= 0 ? i : -i - 1;
  }

  /**
   * The metric's value over the days from {@code from} to {@code to}, both included, by its aggregate (as
   * {@link #valueAt}); NaN when no day in that range has results. A null {@code from} means from the first day.
   */
  public double valueBetween(LocalDate from, LocalDate to, Aggregate aggregate, boolean additive) {
    int lo = from == null ? 0 : indexFrom(from);
    int hi = daysUpTo(to);
    return valueOver(lo, hi, aggregate, additive);
  }

  /** The value over days {@code [lo, hi)} by the aggregate; NaN when the range is empty. */
  double valueOver(int lo, int hi, Aggregate aggregate, boolean additive) {
    if (hi <= lo) {
      return Double.NaN;
    }
    switch (aggregate) {
      case SUM -> {
        double s = 0;
        for (int i = lo; i < hi; i++) {
          s += totals[i];
        }
        return s;
      }
      case AVERAGE -> {
        double s = 0;
        long c = 0;
        for (int i = lo; i < hi; i++) {
          s += totals[i];
          c += counts[i];
        }
        return s / c;
      }
      case LAST -> {
        return day(hi - 1, additive);
      }
      case MAX -> {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = lo; i < hi; i++) {
          m = Math.max(m, day(i, additive));
        }
        return m;
      }
      case MIN -> {
        double m = Double.POSITIVE_INFINITY;
        for (int i = lo; i < hi; i++) {
          m = Math.min(m, day(i, additive));
        }
        return m;
      }
      default -> throw new IllegalStateException("unknown aggregate " + aggregate);
    }
  }

  /** The value of day {@code i} as a KPI reads it: its total, or for a non-additive metric the mean of its rows. */
  public double dayValue(int i, boolean additive) {
    return day(i, additive);
  }

  /**
   * The running value by the aggregate over the days from {@code from} to {@code to} (both included): for each
   * such day, the value from {@code from} up to it. What a KPI's chart plots.
   */
  public java.util.List<java.util.Map.Entry<LocalDate, Double>> runningBetween(LocalDate from, LocalDate to, Aggregate aggregate, boolean additive) {
    int lo = from == null ? 0 : indexFrom(from);
    int hi = to == null ? dates.length : daysUpTo(to);
    java.util.List<java.util.Map.Entry<LocalDate, Double>> out = new java.util.ArrayList<>(Math.max(0, hi - lo));
    double acc = 0;
    long count = 0;
    for (int i = lo; i < hi; i++) {
      switch (aggregate) {
        case SUM -> acc += totals[i];
        case AVERAGE -> {
          acc += totals[i];
          count += counts[i];
        }
        case LAST -> acc = day(i, additive);
        case MAX -> acc = i == lo ? day(i, additive) : Math.max(acc, day(i, additive));
        case MIN -> acc = i == lo ? day(i, additive) : Math.min(acc, day(i, additive));
        default -> throw new IllegalStateException();
      }
      out.add(java.util.Map.entry(dates[i], aggregate == Aggregate.AVERAGE ? acc / count : acc));
    }
    return out;
  }

  /** The value after each day by the aggregate (running sum, running average, day value, running max/min). */
  public double[] running(Aggregate aggregate, boolean additive) {
    double[] out = new double[dates.length];
    double acc = 0;
    long count = 0;
    for (int i = 0; i < dates.length; i++) {
      switch (aggregate) {
        case SUM -> acc += totals[i];
        case AVERAGE -> {
          acc += totals[i];
          count += counts[i];
        }
        case LAST -> acc = day(i, additive);
        case MAX -> acc = i == 0 ? day(i, additive) : Math.max(acc, day(i, additive));
        case MIN -> acc = i == 0 ? day(i, additive) : Math.min(acc, day(i, additive));
        default -> throw new IllegalStateException();
      }
      out[i] = aggregate == Aggregate.AVERAGE ? acc / count : acc;
    }
    return out;
  }
}
