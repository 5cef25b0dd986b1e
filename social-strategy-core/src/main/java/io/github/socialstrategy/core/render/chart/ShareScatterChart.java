package io.github.socialstrategy.core.render.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Share of effort against share of results, one point per entity, with the diagonal where results are in
 * proportion to effort: above it an entity over-delivers, below it it is a candidate to change.
 */
final class ShareScatterChart {

  static final int HEIGHT = 460;
  /** With more points than this, only the furthest from the diagonal are named on the chart (the table names all). */
  static final int MAX_LABELS = 16;

  private ShareScatterChart() {}

  static Chart render(String id, String titleIn, String pointName, List<Charts.Share> pointsIn) {
    String title = SvgText.clean(titleIn).isEmpty() ? "Share of effort against share of results" : SvgText.clean(titleIn);
    List<Charts.Share> points = new ArrayList<>();
    if (pointsIn != null) {
      for (Charts.Share p : pointsIn) {
        if (p != null) {
          points.add(p);
        }
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (Charts.Share p : points) {
      rows.add(List.of(SvgText.clean(p.label()), ChartFormat.percent(p.effort()), ChartFormat.percent(p.results()), verdict(p)));
    }
    Chart.DataTable table = new Chart.DataTable(List.of("Name", "Share of planned hours", "Share of results", "Results for effort"), rows);
    String description = describe(points);
    List<Charts.Share> drawn = points.stream().filter(p -> ChartFormat.plottable(p.effort()) && ChartFormat.plottable(p.results())).toList();
    if (drawn.isEmpty()) {
      return NoDataChart.render(id, title, description, table, "No results to compare with effort yet");
    }
    XYSeries series = new XYSeries("Share of results against share of hours", false, true);
    double max = 10;
    for (Charts.Share p : drawn) {
      series.add(p.effort(), p.results());
      max = Math.max(max, Math.max(p.effort(), p.results()));
    }
    max = Math.min(100, Math.ceil(max * 1.12 / 5) * 5);
    NumberAxis x = ChartStyle.valueAxis("Share of planned hours (%)", ChartFormat.numberFormat());
    NumberAxis y = ChartStyle.valueAxis("Share of results (%)", ChartFormat.numberFormat());
    x.setRange(0, max);
    y.setRange(0, max);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesPaint(0, ChartStyle.ACTUAL);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
    XYPlot plot = new XYPlot(new XYSeriesCollection(series), x, y, renderer);
    ChartStyle.plot(plot, "No data");
    plot.setDomainGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setDomainGridlineStroke(ChartStyle.GRID_STROKE);
    plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
    plot.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
    plot.addAnnotation(new XYLineAnnotation(0, 0, max, max, ChartStyle.DASHED, ChartStyle.BASELINE));
    // The bands the review judges by: 1.5 times the share of hours (over-delivers) and half of it (under-delivers).
    plot.addAnnotation(new XYLineAnnotation(0, 0, max / 1.5, max, ChartStyle.DOTTED, ChartStyle.GREEN));
    plot.addAnnotation(new XYLineAnnotation(0, 0, max, max / 2, ChartStyle.DOTTED, ChartStyle.VERMILION));
    List<Charts.Share> labelled = new ArrayList<>(drawn);
    labelled.sort((a, b) -> Double.compare(Math.abs(b.results() - b.effort()), Math.abs(a.results() - a.effort())));
    List<double[]> placed = new ArrayList<>();
    for (Charts.Share p : labelled.subList(0, Math.min(MAX_LABELS, labelled.size()))) {
      XYTextAnnotation label = new XYTextAnnotation(SvgText.truncate(SvgText.clean(p.label()), 24), p.effort(), p.results());
      label.setFont(ChartStyle.ITEM_LABEL_FONT);
      label.setPaint(ChartStyle.TEXT);
      // Names sit off the diagonal and inside the plot: above a point above it, or near the bottom edge; to the
      // right of a point in the left part. A name that would fall on one already placed goes to the other side.
      boolean above = p.results() >= p.effort() || p.results() < max * 0.08;
      boolean right = p.effort() < max * 0.6;
      for (double[] q : placed) {
        boolean near = Math.abs(q[0] - p.effort()) < max * 0.12 && Math.abs(q[1] - p.results()) < max * 0.035;
        if (near && (q[2] > 0) == above) {
          above = !above;
        }
      }
      placed.add(new double[] {p.effort(), p.results(), above ? 1 : -1});
      label.setTextAnchor(above ? (right ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT) : (right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT));
      plot.addAnnotation(label);
    }
    List<LegendItem> legend = new ArrayList<>();
    legend.add(ChartStyle.boxItem(pointName == null || pointName.isBlank() ? "One point each" : "Each point: " + SvgText.clean(pointName), ChartStyle.ACTUAL));
    legend.add(ChartStyle.lineItem("Results in proportion to effort", ChartStyle.BASELINE, ChartStyle.DASHED));
    legend.add(ChartStyle.lineItem("1.5 times (over-delivers)", ChartStyle.GREEN, ChartStyle.DOTTED));
    legend.add(ChartStyle.lineItem("half (under-delivers)", ChartStyle.VERMILION, ChartStyle.DOTTED));
    plot.setFixedLegendItems(ChartStyle.legend(legend));
    JFreeChart chart = ChartStyle.chart(plot, true);
    String svg = SvgChartWriter.write(chart, id, title, description, ChartInput.WIDTH, HEIGHT);
    return new Chart(id, title, description, svg, table);
  }

  static String verdict(Charts.Share p) {
    if (!ChartFormat.plottable(p.effort()) || !ChartFormat.plottable(p.results())) {
      return ChartFormat.MISSING;
    }
    if (p.effort() <= 0) {
      return p.results() > 0 ? "results without planned hours" : "no hours, no results";
    }
    double ratio = p.results() / p.effort();
    return ratio >= 1.5 ? "over-delivers" : ratio < 0.5 ? "under-delivers" : "in proportion";
  }

  static String describe(List<Charts.Share> points) {
    int over = 0;
    int under = 0;
    int drawn = 0;
    Charts.Share worst = null;
    for (Charts.Share p : points) {
      if (!ChartFormat.plottable(p.effort()) || !ChartFormat.plottable(p.results())) {
        continue;
      }
      drawn++;
      String v = verdict(p);
      if (v.equals("over-delivers")) {
        over++;
      } else if (v.equals("under-delivers")) {
        under++;
        if (worst == null || p.effort() - p.results() > worst.effort() - worst.results()) {
          worst = p;
        }
      }
    }
    if (drawn == 0) {
      return "There are no results to compare with effort yet.";
    }
    StringBuilder text = new StringBuilder().append(over).append(" of ").append(drawn)
        .append(" bring at least 1.5 times their share of hours in results; ").append(under)
        .append(" bring less than half.");
    if (worst != null) {
      text.append(" Furthest below the line: ").append(SvgText.clean(worst.label())).append(", ")
          .append(ChartFormat.percent(worst.effort())).append(" of hours for ").append(ChartFormat.percent(worst.results()))
          .append(" of results.");
    }
    return text.toString();
  }

  static BasicStroke stroke() {
    return new BasicStroke(1f);
  }
}
