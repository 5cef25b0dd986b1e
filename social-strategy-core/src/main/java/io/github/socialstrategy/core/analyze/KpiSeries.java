package io.github.socialstrategy.core.analyze;

import java.util.List;

/**
 * What a KPI's chart draws, over the KPI's window (the plan's start to the due date).
 *
 * @param toDate the KPI's value from the window's start up to each point's day: for a measured metric at each day
 *     with results (running sum, mean, latest, highest or lowest), for a derived metric at the end of each week or
 *     month and at the report date. The point on or just before the report date is the KPI's actual value.
 * @param perBucket a derived metric's value within each week or month (its formula over its inputs' values in
 *     that period); empty for a measured metric
 * @param bucket the period of {@code perBucket}, or null for a measured metric
 * @param expected the corners of the expected path, from the plan's start to the due date; empty without one
 */
public record KpiSeries(List<Point> toDate, List<Point> perBucket, Bucket bucket, List<Point> expected) {

  public KpiSeries {
    toDate = List.copyOf(toDate);
    perBucket = List.copyOf(perBucket);
    expected = List.copyOf(expected);
  }
}
