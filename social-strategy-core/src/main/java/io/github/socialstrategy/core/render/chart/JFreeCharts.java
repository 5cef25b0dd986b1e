package io.github.socialstrategy.core.render.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * {@link Charts} drawn with JFreeChart and written as SVG with JFreeSVG.
 *
 * <p>Every chart is deterministic (ids derive from the chart id, numbers are rounded and formatted
 * with {@link java.util.Locale#ROOT}, dates are UTC), self-contained (no scripts, no external
 * references, fonts named as a CSS stack), and accessible ({@code role="img"}, a {@code <title>} and
 * a {@code <desc>} holding the chart's title and text alternative). The SVG has {@code width},
 * {@code height} and a {@code viewBox}, so a page can scale it with CSS ({@code width: 100%; height:
 * auto}). The background is white with dark text, so a chart reads the same on a light or a dark
 * page. The chart has no visible heading: the page shows {@link Chart#title()} next to it.
 *
 * <p>Widths are {@value ChartInput#WIDTH} px. Allocation and time series charts are 360 px high; the
 * attainment, budget, heat-map and timeline charts grow with their number of rows. No method throws
 * on empty input, missing ({@code NaN}) or huge values: values that can't be plotted are left out of
 * the drawing (the table shows them), and a chart with nothing to plot says so.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class JFreeCharts implements Charts {

  static {
    // JFreeChart measures text through AWT; on a build server there is no display. An explicit
    // setting by the user (-Djava.awt.headless=false) is respected.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  @Override
  public Chart allocation(String id, List<String> pillars, double[] intended, double[] planned) {
    return AllocationChart.render(SvgText.safeId(id), pillars, intended, planned);
  }

  @Override
  public Chart coverageHeatmap(String id, List<String> rows, List<String> columns, int[][] counts) {
    return CoverageHeatmap.render(SvgText.safeId(id), rows, columns, counts);
  }

  @Override
  public Chart attainment(String id, List<Bar> bars) {
    return AttainmentChart.render(SvgText.safeId(id), bars);
  }

  @Override
  public Chart timeSeries(
      String id, String title, String unitLabel, List<Point> actual, List<Point> expected, double baseline, Double target, LocalDate asOf) {
    return KpiTimeSeries.render(SvgText.safeId(id), title, unitLabel, actual, expected, baseline, target, asOf);
  }

  @Override
  public Chart kpiLines(String id, String title, String unitLabel, List<Line> lines, Double baseline, Double target, LocalDate asOf) {
    return KpiTimeSeries.render(SvgText.safeId(id), title, unitLabel, lines, baseline, target, asOf);
  }

  @Override
  public Chart shares(String id, String title, String pointName, List<Share> points) {
    return ShareScatterChart.render(SvgText.safeId(id), title, pointName, points);
  }

  @Override
  public Chart movement(String id, String title, List<Bar> intended, List<Bar> others, double barely, double markedly) {
    return MovementChart.render(SvgText.safeId(id), title, intended, others, barely, markedly);
  }

  @Override
  public Chart allocation(String id, List<String> pillars, double[] intended, double[] planned, double[] achieved) {
    return AllocationChart.render(SvgText.safeId(id), pillars, intended, planned, achieved);
  }

  @Override
  public Chart attainment(String id, List<Bar> bars, double[] expected) {
    return AttainmentChart.render(SvgText.safeId(id), bars, expected);
  }

  @Override
  public Chart roi(String id, String title, String currency, List<String> categories, double[] cost, double[] financialReturn) {
    return RoiChart.render(SvgText.safeId(id), title, currency, categories, cost, financialReturn);
  }

  @Override
  public Chart budget(String id, String title, String currency, List<String> categories, double[] planned, double[] spent) {
    return BudgetChart.render(SvgText.safeId(id), title, currency, categories, planned, spent);
  }

  @Override
  public Chart timeline(String id, List<Span> spans, LocalDate periodStart, LocalDate periodEnd, LocalDate asOf) {
    return TimelineChart.render(SvgText.safeId(id), spans, periodStart, periodEnd, asOf);
  }
}
