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
    placeLabels(plot, labelled.subList(0, Math.min(MAX_LABELS, labelled.size())), drawn, max);
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

  // The plot area in pixels, roughly: enough to keep names apart.
  private static final double PLOT_W = 640;
  private static final double PLOT_H = 360;
  private static final TextAnchor[] ANCHORS = {TextAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT, TextAnchor.BOTTOM_RIGHT, TextAnchor.TOP_RIGHT};

  /**
   * Names points without overlap where it can: each name tries the four corners around its point, in turn, and
   * takes the first whose box meets no name placed before, no point and the plot's edge; a name that finds no free
   * corner is left out (the table names every point).
   */
  private static void placeLabels(XYPlot plot, List<Charts.Share> toLabel, List<Charts.Share> points, double max) {
    List<double[]> boxes = new ArrayList<>();
    for (Charts.Share p : points) {
      double x = p.effort() / max * PLOT_W;
      double y = p.results() / max * PLOT_H;
      boxes.add(new double[] {x - 4.5, y - 4.5, x + 4.5, y + 4.5});
    }
    for (Charts.Share p : toLabel) {
      String text = SvgText.truncate(SvgText.clean(p.label()), 24);
      double w = ChartStyle.width(text, ChartStyle.ITEM_LABEL_FONT) + 6;
      double h = 14;
      double x = p.effort() / max * PLOT_W;
      double y = p.results() / max * PLOT_H;
      for (TextAnchor anchor : ANCHORS) {
        boolean right = anchor == TextAnchor.BOTTOM_LEFT || anchor == TextAnchor.TOP_LEFT;
        boolean above = anchor == TextAnchor.BOTTOM_LEFT || anchor == TextAnchor.BOTTOM_RIGHT;
        // The name's corner sits on the point; its box starts where the point's dot ends.
        double[] box = {right ? x + 4.5 : x - 4.5 - w, above ? y + 4.5 : y - 4.5 - h, right ? x + 4.5 + w : x - 4.5, above ? y + 4.5 + h : y - 4.5};
        if (box[0] < 0 || box[2] > PLOT_W || box[1] < 0 || box[3] > PLOT_H || overlaps(box, boxes)) {
          continue;
        }
        boxes.add(box);
        XYTextAnnotation label = new XYTextAnnotation(text, p.effort(), p.results());
        label.setFont(ChartStyle.ITEM_LABEL_FONT);
        label.setPaint(ChartStyle.TEXT);
        label.setTextAnchor(anchor);
        plot.addAnnotation(label);
        break;
      }
    }
  }

  private static boolean overlaps(double[] box, List<double[]> boxes) {
    for (double[] b : boxes) {
      if (box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]) {
        return true;
      }
    }
    return false;
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
