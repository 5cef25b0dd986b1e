package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Metric;
import java.util.List;
import java.util.Map;

/**
 * What to change: for every channel, strategy and pillar, the effort and money put in and the results it
 * moved, side by side, and the adjustments those figures suggest, ranked. Built by {@link ReviewAnalyzer};
 * the method is the format reference's ("The review page").
 *
 * @param channels one row per channel, then "no channel" (internal work) when it has hours or results
 * @param strategies one row per strategy
 * @param pillars one row per pillar of the framework
 * @param resultMetrics the metrics the results share is taken over: KPI metrics that add up ({@code sum}, higher
 *     is better, measured) with results attributed to some row
 * @param achievedByPillar pillar id to its achieved share, in percent: its planned share of effort scaled by its
 *     KPIs' mean attainment against the plan's effort-weighted mean (each scored KPI capped to 0-150%, limits left
 *     out), so that it equals the planned share when every pillar attains alike; pillars without a scored KPI are
 *     absent; empty when no KPI is scored
 * @param adjustments the adjustments, most important first
 */
public record Review(
    List<Row> channels,
    List<Row> strategies,
    List<Row> pillars,
    List<Metric> resultMetrics,
    Map<String, Double> achievedByPillar,
    List<Adjustment> adjustments) {

  public static final Review EMPTY = new Review(List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());

  public Review {
    channels = List.copyOf(channels);
    strategies = List.copyOf(strategies);
    pillars = List.copyOf(pillars);
    resultMetrics = List.copyOf(resultMetrics);
    achievedByPillar = Map.copyOf(achievedByPillar);
    adjustments = List.copyOf(adjustments);
  }

  /**
   * What an entity moved of one KPI metric.
   *
   * @param value the metric's value for the entity up to the report date, by its aggregate
   * @param share the entity's share of what all entities of its kind recorded, in percent; NaN for a level metric
   * @param movement the change from the plan's start to the report date against the equal period before (or, when
   *     there are no results before, the later half against the earlier half), in percent, positive is better
   */
  public record Moved(Metric metric, double value, double share, double movement) {}

  /**
   * One channel, strategy or pillar.
   *
   * @param kind {@code channel}, {@code strategy} or {@code pillar}
   * @param id its id ({@link Coverage#NO_CHANNEL} for work on no channel)
   * @param hours planned hours (an activity's split equally over its channels, strategies or objectives)
   * @param hoursShare its share of the planned hours of all rows of its kind, in percent
   * @param money budget, cost, financial return and ROI
   * @param resultsShare its share of results, in percent: for a channel, the mean of its shares of {@link
   *     #resultMetrics}; for a strategy, the mean of its shares of those its objectives have KPIs on (NaN when none
   *     of them is recorded per activity); for a pillar, its share of the plan's KPI progress
   * @param moved the KPI metrics (and inputs of derived KPI metrics) it recorded results for, in plan order
   * @param judgedBy the metrics its results share is the mean over (empty for a pillar)
   * @param judged whether its results share says all it is for, so that effort may be moved on it: always for a
   *     channel; for a strategy, only when every KPI of the objectives it serves is one of those metrics (a
   *     strategy also meant to move a level, such as a response time, is not judged by shares alone)
   */
  public record Row(
      String kind, String id, double hours, double hoursShare, Money money, double resultsShare, List<Moved> moved, List<Metric> judgedBy,
      boolean judged) {

    public Row {
      moved = List.copyOf(moved);
      judgedBy = List.copyOf(judgedBy);
    }

    /** Results per share of effort: 1 is in proportion; NaN without effort or results. */
    public double yield() {
      return hoursShare > 0 && !Double.isNaN(resultsShare) ? resultsShare / hoursShare : Double.NaN;
    }
  }

  /** The kinds of adjustment, in the order they are ranked. */
  public enum Kind {
    /** A KPI off track (or missed): what is at stake, and what moves its metric most. */
    KPI_BEHIND,
    /** A channel or strategy whose share of results is well below its share of effort. */
    MOVE_EFFORT,
    /** Financial return below cost: with what else it moved, never only "cut it". */
    RETURN_BELOW_COST,
    /** A pillar whose share of KPI progress is well below its share of effort. */
    REBALANCE_PILLAR,
    /** A channel or strategy whose share of results is well above its share of effort. */
    SCALE_UP;

    /** {@code kpi-behind}, {@code move-effort}, ... */
    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One suggested adjustment: a plain sentence with the figures behind it.
   *
   * @param subjectKind the kind of entity it is about ({@code channel}, {@code strategy}, {@code pillar},
   *     {@code activity}, {@code objective})
   * @param subjectId its id
   * @param subjectTitle its name, as the sentence starts
   * @param text what to change and the figures behind it, without the subject's name
   * @param weight how much is at stake, for the order within a kind (points of effort, points behind, money lost)
   */
  public record Adjustment(Kind kind, String subjectKind, String subjectId, String subjectTitle, String text, double weight) {

    /** The whole sentence: "TikTok: 14.0% of planned hours, ...". */
    public String sentence() {
      return subjectTitle + ": " + text;
    }
  }
}
