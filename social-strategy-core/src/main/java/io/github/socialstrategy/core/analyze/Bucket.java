package io.github.socialstrategy.core.analyze;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The periods a derived metric is plotted in: ISO weeks (Monday to Sunday) or calendar months, whichever is the
 * finest at which all of its inputs are recorded.
 */
public enum Bucket {
  WEEK,
  MONTH;

  /** The first day of the bucket holding {@code day}. */
  public LocalDate start(LocalDate day) {
    return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
  }

  /** The last day of the bucket holding {@code day}. */
  public LocalDate end(LocalDate day) {
    return this == WEEK ? day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)) : day.with(TemporalAdjusters.lastDayOfMonth());
  }

  /** "week" or "month". */
  public String label() {
    return this == WEEK ? "week" : "month";
  }

  /**
   * The bucket that a metric recorded on these days fits: a month when the typical (median) gap between its days
   * is 28 days or more, else a week; null with fewer than two days (nothing to tell from).
   */
  static Bucket of(LocalDate[] days) {
    if (days.length < 2) {
      return null;
    }
    long[] gaps = new long[days.length - 1];
    for (int i = 1; i < days.length; i++) {
      gaps[i - 1] = days[i].toEpochDay() - days[i - 1].toEpochDay();
    }
    java.util.Arrays.sort(gaps);
    long median = gaps[gaps.length / 2];
    return median >= 28 ? MONTH : WEEK;
  }

  /** The coarser of two buckets; null counts as no constraint. */
  static Bucket coarser(Bucket a, Bucket b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a == MONTH || b == MONTH ? MONTH : WEEK;
  }
}
