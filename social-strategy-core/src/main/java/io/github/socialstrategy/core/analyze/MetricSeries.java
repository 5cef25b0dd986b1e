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
   * The metric's value at {@code asOf} by its aggregate: the sum, the average row, the last day's total, or
   * the highest or lowest day's total of the results up to that date; NaN when there are none.
   */
  public double valueAt(LocalDate asOf, Aggregate aggregate) {
    int n = daysUpTo(asOf);
    if (n == 0) {
      return Double.NaN;
    }
    switch (aggregate) {
      case SUM -> {
        double s = 0;
        for (int i = 0; i < n; i++) {
          s += totals[i];
        }
        return s;
      }
      case AVERAGE -> {
        double s = 0;
        long c = 0;
        for (int i = 0; i < n; i++) {
          s += totals[i];
          c += counts[i];
        }
        return s / c;
      }
      case LAST -> {
        return totals[n - 1];
      }
      case MAX -> {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          m = Math.max(m, totals[i]);
        }
        return m;
      }
      case MIN -> {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          m = Math.min(m, totals[i]);
        }
        return m;
      }
      default -> throw new IllegalStateException("unknown aggregate " + aggregate);
    }
  }

  /** The value after each day by the aggregate (running sum, running average, day total, running max/min). */
  public double[] running(Aggregate aggregate) {
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
        case LAST -> acc = totals[i];
        case MAX -> acc = i == 0 ? totals[i] : Math.max(acc, totals[i]);
        case MIN -> acc = i == 0 ? totals[i] : Math.min(acc, totals[i]);
        default -> throw new IllegalStateException();
      }
      out[i] = aggregate == Aggregate.AVERAGE ? acc / count : acc;
    }
    return out;
  }
}
