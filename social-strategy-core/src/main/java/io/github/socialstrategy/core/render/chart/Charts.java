package io.github.socialstrategy.core.render.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * Draws the site's charts with JFreeChart as deterministic SVG (JFreeSVG): fixed sizes, no random ids,
 * data in the order given, plan text escaped. One method per chart kind; callers pass plain data.
 */
public interface Charts {

  /** A named value in a series: {@code label} is shown, {@code value} plotted. */
  record Bar(String label, double value) {}

  /** One point of a time series. */
  record Point(LocalDate date, double value) {}

  /** A time-boxed bar of the schedule timeline. {@code group} is "campaign", "activity" or "task". */
  record Span(String label, String group, LocalDate start, LocalDate end) {}

  /** Intended vs planned share of effort per pillar, in percent (grouped bars). */
  Chart allocation(String id, List<String> pillars, double[] intended, double[] planned);

  /** Coverage heat-map: rows (goals) x columns (channels), each cell a count of activities. */
  Chart coverageHeatmap(String id, List<String> rows, List<String> columns, int[][] counts);

  /** KPI attainment by objective, in percent (horizontal bars; 100 marks the target). */
  Chart attainment(String id, List<Bar> bars);

  /**
   * A KPI over time with baseline and target lines (target may be null for a tracked KPI); the report
   * date is marked.
   */
  Chart timeSeries(String id, String title, String unitLabel, List<Point> actual, double baseline, Double target, LocalDate asOf);

  /** Planned budget vs recorded spend per category (grouped bars), in the plan currency. */
  Chart budget(String id, String title, String currency, List<String> categories, double[] planned, double[] spent);

  /** The schedule timeline (Gantt): spans in the order given, with the report date marked. */
  Chart timeline(String id, List<Span> spans, LocalDate periodStart, LocalDate periodEnd, LocalDate asOf);
}
