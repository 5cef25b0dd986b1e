package io.github.socialstrategy.core.analyze;

/**
 * Money for one entity (an activity, channel, campaign, strategy, objective or pillar, or the plan).
 *
 * @param planned the planned budget
 * @param recordedCost the results' recorded {@code cost}
 * @param plannedToDate the planned budget prorated to the report date (used as cost where none is recorded)
 * @param financialReturn the sum of results of {@code financial} metrics
 * @param returnDays how many distinct days have financial results
 */
public record Money(double planned, double recordedCost, double plannedToDate, double financialReturn, int returnDays) {

  public static final Money ZERO = new Money(0, 0, 0, 0, 0);

  /** The cost ROI is judged by: the recorded cost, or where none is recorded the planned budget to date. */
  public double cost() {
    return recordedCost > 0 ? recordedCost : plannedToDate;
  }

  /** Whether the cost is the recorded one (rather than the planned budget to date). */
  public boolean costRecorded() {
    return recordedCost > 0;
  }

  /** {@code (return - cost) / cost}; NaN without cost or without financial results. */
  public double roi() {
    double c = cost();
    return c <= 0 || returnDays == 0 ? Double.NaN : (financialReturn - c) / c;
  }

  Money plus(Money o) {
    return new Money(
        planned + o.planned,
        recordedCost + o.recordedCost,
        plannedToDate + o.plannedToDate,
        financialReturn + o.financialReturn,
        Math.max(returnDays, o.returnDays));
  }

  Money times(double share) {
    return new Money(planned * share, recordedCost * share, plannedToDate * share, financialReturn * share, returnDays);
  }
}
