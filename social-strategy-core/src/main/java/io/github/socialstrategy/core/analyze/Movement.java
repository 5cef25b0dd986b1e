package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Better;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;

/**
 * How much a metric moved, as one number a reader understands: the mean daily total in a window against
 * the mean daily total in the window of the same length just before it, in percent, signed so that a
 * positive number is an improvement (for a {@code lower}-is-better metric, a fall).
 */
public final class Movement {

  private Movement() {}

  /**
   * The movement over {@code [from, to]} against the equal window before it; when there are no results
   * before, the later half of the window against the earlier half. NaN when either side has no results or
   * the earlier mean is 0.
   */
  public static double of(NavigableMap<LocalDate, Double> daily, LocalDate from, LocalDate to, Better better) {
    if (daily == null || daily.isEmpty() || to.isBefore(from)) {
      return Double.NaN;
    }
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    double during = mean(daily.subMap(from, true, to, true));
    double before = mean(daily.subMap(from.minusDays(days), true, from, false));
    if (Double.isNaN(before)) {
      LocalDate mid = from.plusDays(days / 2);
      before = mean(daily.subMap(from, true, mid, false));
      during = mean(daily.subMap(mid, true, to, true));
    }
    if (Double.isNaN(before) || Double.isNaN(during) || before == 0) {
      return Double.NaN;
    }
    double change = 100 * (during - before) / Math.abs(before);
    return better == Better.LOWER ? -change : change;
  }

  private static double mean(Map<LocalDate, Double> days) {
    if (days.isEmpty()) {
      return Double.NaN;
    }
    double sum = 0;
    for (double v : days.values()) {
      sum += v;
    }
    return sum / days.size();
  }
}
