package io.github.socialstrategy.core.analyze;

/**
 * Money for one entity (an activity, channel, campaign, strategy, objective or pillar, or the plan).
 *
 * @param planned the planned budget
 * @param recordedCost the results' recorded {@code cost}
 * @param plannedToDate the planned budget prorated to the report date (used as cost where none is recorded)
 * @param financialReturn the sum of results of {@code financial} metrics
 * @param returnDays how many distinct days have financial results
 * @param cost the cost ROI is judged by: for one entity its recorded cost, or where none is recorded its planned
 *     budget to date; for a roll-up, the sum of its parts' costs (so that a part without recorded cost still
 *     counts with its planned budget to date)
 */
public record Money(double planned, double recordedCost, double plannedToDate, double financialReturn, int returnDays, double cost) {

  public static final Money ZERO = new Money(0, 0, 0, 0, 0);

  /** The money of one entity: its cost is the recorded cost, or where none is recorded the planned budget to date. */
  public Money(double planned, double recordedCost, double plannedToDate, double financialReturn, int returnDays) {
    this(planned, recordedCost, plannedToDate, financialReturn, returnDays, recordedCost > 0 ? recordedCost : plannedToDate);
  }

  /** Whether the whole cost is recorded (rather than, in part or in full, the planned budget to date). */
  public boolean costRecorded() {
    return recordedCost > 0 && recordedCost >= cost * (1 - 1e-9);
  }

  /** {@code (return - cost) / cost}; NaN without cost or without financial results. */
  public double roi() {
    double c = cost;
    return c <= 0 || returnDays == 0 ? Double.NaN : (financialReturn - c) / c;
  }

  Money plus(Money o) {
    return new Money(
        planned + o.planned,
        recordedCost + o.recordedCost,
        plannedToDate + o.plannedToDate,
        financialReturn + o.financialReturn,
        Math.max(returnDays, o.returnDays),
        cost + o.cost);
  }

  Money times(double share) {
    return new Money(planned * share, recordedCost * share, plannedToDate * share, financialReturn * share, returnDays, cost * share);
  }
}
