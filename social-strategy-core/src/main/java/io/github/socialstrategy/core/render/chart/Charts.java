package io.github.socialstrategy.core.render.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * Draws the site's charts with JFreeChart as deterministic SVG (JFreeSVG): fixed sizes, no random ids,
 * data in the order given, plan text escaped. One method per chart kind; callers pass plain data.
 *
 * <p>Conventions for every method: {@code id} becomes the SVG's id and the prefix of every id inside
 * it (characters other than ASCII letters, digits, {@code -} and {@code _} become {@code -}; the
 * returned {@link Chart#id()} is that safe form). {@code null} lists and arrays are empty; an array
 * shorter than its labels is padded with missing values; {@code NaN} is a missing value (left out of
 * the drawing, {@code n/a} in the table); values beyond 10<sup>15</sup> are tabulated but not drawn.
 * When nothing can be drawn the chart is a short band that says so. No method throws on its data.
 * The SVG carries {@code width}, {@code height} and a {@code viewBox}: style it with {@code width:
 * 100%; height: auto} to scale it.
 */
public interface Charts {

  /** A named value in a series: {@code label} is shown, {@code value} plotted. */
  record Bar(String label, double value) {}

  /** One point of a time series. */
  record Point(LocalDate date, double value) {}

  /** How a line of a time series is drawn. */
  enum LineStyle {
    /** The KPI's own value: a solid line with dots. */
    ACTUAL,
    /** A second measure of the KPI (a derived metric per week or month): a thinner line with dots. */
    PERIOD,
    /** The path it was expected to follow: dashed. */
    EXPECTED,
    /** A comparison (last year): dotted, grey. */
    REFERENCE
  }

  /** A named line of a time series. */
  record Line(String label, LineStyle style, List<Point> points) {}

  /** One entity's share of effort and of results, in percent. */
  record Share(String label, double effort, double results) {}

  /** A time-boxed bar of the schedule timeline. {@code group} is "campaign", "activity" or "task". */
  record Span(String label, String group, LocalDate start, LocalDate end) {}

  /** Intended vs planned share of effort per pillar, in percent (grouped bars). */
  Chart allocation(String id, List<String> pillars, double[] intended, double[] planned);

  /**
   * Coverage heat-map: rows (goals) x columns (channels), each cell a count of activities
   * ({@code counts[row][column]}; missing cells and negative counts are 0). Empty cells are gaps and
   * are drawn to stand out.
   */
  Chart coverageHeatmap(String id, List<String> rows, List<String> columns, int[][] counts);

  /**
   * KPI attainment by objective, in percent (horizontal bars; 100 marks the target). A bar whose value
   * is {@code NaN} is an objective without a score.
   */
  Chart attainment(String id, List<Bar> bars);

  /**
   * A KPI over time with baseline and target lines (target may be null for a tracked KPI); the report
   * date is marked. Points are days in UTC; for two points on one day the later in the list wins.
   */
default Chart timeSeries(
      String id, String title, String unitLabel, List<Point> actual, double baseline, Double target, LocalDate asOf) {
    return timeSeries(id, title, unitLabel, actual, List.of(), baseline, target, asOf);
  }

  /**
   * A KPI over time, as above, with the path it was expected to follow (a dashed line through {@code expected},
   * typically from the plan's start to the due date); an empty {@code expected} draws none.
   */
  Chart timeSeries(
      String id, String title, String unitLabel, List<Point> actual, List<Point> expected, double baseline, Double target, LocalDate asOf);

  /**
   * A KPI over time as several lines (the first is the KPI's actual value; the table lists every line's points by
   * date), with horizontal lines at the baseline (null: none) and the target (null: tracked), and the report date
   * marked.
   */
  Chart kpiLines(String id, String title, String unitLabel, List<Line> lines, Double baseline, Double target, LocalDate asOf);

  /**
   * Share of effort against share of results, one point per entity, with the diagonal where results are in
   * proportion to effort (above: over-delivers; below: a candidate to change). {@code pointName} says what a point
   * is ("a channel").
   */
  Chart shares(String id, String title, String pointName, List<Share> points);

  /**
   * What a campaign moved: per metric its change during the campaign against the equal period before, in percent,
   * the KPIs of its intended objectives apart from the other metrics it touched, with lines at {@code barely} and
   * {@code markedly}.
   */
  Chart movement(String id, String title, List<Bar> intended, List<Bar> others, double barely, double markedly);

  /**
   * Intended, planned and achieved share per pillar, in percent (grouped bars); {@code achieved} may be null (no
   * KPI scored yet), which draws the first two only.
   */
  Chart allocation(String id, List<String> pillars, double[] intended, double[] planned, double[] achieved);

  /**
   * KPI attainment by objective, in percent, with the attainment expected by the report date marked per objective
   * ({@code expected} may be null or hold NaN where there is none).
   */
  Chart attainment(String id, List<Bar> bars, double[] expected);

  /** Planned budget vs recorded spend per category (grouped bars), in the plan currency. */
  Chart budget(String id, String title, String currency, List<String> categories, double[] planned, double[] spent);

  /** The schedule timeline (Gantt): spans in the order given, with the report date marked. */
  Chart timeline(String id, List<Span> spans, LocalDate periodStart, LocalDate periodEnd, LocalDate asOf);

  /**
   * Cost against financial return per category (grouped bars), in the plan currency; the description and
   * table give each category's ROI.
   */
  Chart roi(String id, String title, String currency, List<String> categories, double[] cost, double[] financialReturn);
}
