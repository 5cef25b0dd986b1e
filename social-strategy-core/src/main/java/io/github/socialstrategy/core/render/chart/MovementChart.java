package io.github.socialstrategy.core.render.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;

/**
 * What a campaign moved: each metric's change during it against the equal period before, as horizontal bars,
 * the metrics of its intended objectives in one colour and the other metrics it touched in another, with lines at
 * "barely moved" and "moved markedly".
 */
final class MovementChart {

  static final Color INTENDED = ChartStyle.BLUE;
  static final Color OTHER = ChartStyle.ORANGE;

  private MovementChart() {}

  static Chart render(String id, String titleIn, List<Charts.Bar> intendedIn, List<Charts.Bar> othersIn, double barely, double markedly) {
    String title = SvgText.clean(titleIn).isEmpty() ? "What the campaign moved" : SvgText.clean(titleIn);
    List<String> labels = new ArrayList<>();
    List<Double> intendedValues = new ArrayList<>();
    List<Double> otherValues = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Charts.Bar b : intendedIn == null ? List.<Charts.Bar>of() : intendedIn) {
      labels.add(SvgText.clean(b.label()));
      intendedValues.add(b.value());
      otherValues.add(Double.NaN);
      rows.add(List.of(SvgText.clean(b.label()), "intended objective's KPI", ChartFormat.percent(b.value())));
    }
    for (Charts.Bar b : othersIn == null ? List.<Charts.Bar>of() : othersIn) {
      labels.add(SvgText.clean(b.label()));
      intendedValues.add(Double.NaN);
      otherValues.add(b.value());
      rows.add(List.of(SvgText.clean(b.label()), "other metric it touched", ChartFormat.percent(b.value())));
    }
    Chart.DataTable table = new Chart.DataTable(List.of("Metric", "Kind", "Change against the period before"), rows);
    double[] in = intendedValues.stream().mapToDouble(Double::doubleValue).toArray();
    double[] ot = otherValues.stream().mapToDouble(Double::doubleValue).toArray();
    String description = describe(intendedIn, othersIn, barely, markedly);
    if (!ChartInput.anyPlottable(in, ot)) {
      return NoDataChart.render(id, title, description, table, "Nothing measured on both sides of the campaign's start yet");
    }
    JFreeChart chart = BarCharts.grouped(
        labels,
        List.of(new BarCharts.Series("Intended objectives' KPIs", INTENDED, in), new BarCharts.Series("Other metrics it touched", OTHER, ot)),
        ChartFormat.percentFormat(),
        "Change against the equal period before",
        PlotOrientation.HORIZONTAL,
        "No data");
    CategoryPlot plot = chart.getCategoryPlot();
    // One bar per row: the two series never share a metric, so no room is kept for a second bar.
    ((org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer()).setItemMargin(-1.0);
    plot.getDomainAxis().setCategoryMargin(0.35);
    // The two lines' names sit right of them, one at the top edge and one at the bottom, so they never meet.
    ValueMarker low = new ValueMarker(barely, ChartStyle.BASELINE, ChartStyle.DOTTED);
    low.setLabel(" below: barely moved");
    low.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
    low.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
    ValueMarker high = new ValueMarker(markedly, ChartStyle.TARGET, ChartStyle.DASHED);
    high.setLabel(" moved markedly \u2265" + ChartFormat.percent(markedly));
    high.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
    high.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
    for (ValueMarker m : List.of(low, high)) {
      m.setLabelFont(ChartStyle.ITEM_LABEL_FONT);
      m.setLabelPaint(ChartStyle.MUTED_TEXT);
      m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      plot.addRangeMarker(m);
    }
    // Room above the first bar and under the last for the lines' names.
    plot.getDomainAxis().setLowerMargin(0.1);
    // Room under the last bar for the lines' names.
    plot.getDomainAxis().setUpperMargin(0.12);
    int height = ChartInput.rowsHeight(labels.size(), 30, 20, 130);
    String svg = SvgChartWriter.write(chart, id, title, description, ChartInput.WIDTH, height);
    return new Chart(id, title, description, svg, table);
  }

  static String describe(List<Charts.Bar> intended, List<Charts.Bar> others, double barely, double markedly) {
    List<Charts.Bar> in = intended == null ? List.of() : intended.stream().filter(b -> ChartFormat.plottable(b.value())).toList();
    List<Charts.Bar> ot = others == null ? List.of() : others.stream().filter(b -> ChartFormat.plottable(b.value())).toList();
    if (in.isEmpty() && ot.isEmpty()) {
      return "Nothing it was meant to move, and nothing it touched, was measured on both sides of its start.";
    }
    StringBuilder text = new StringBuilder();
    if (in.isEmpty()) {
      text.append("The KPIs of its intended objectives were not measured on both sides of its start.");
    } else {
      long barelyMoved = in.stream().filter(b -> b.value() < barely).count();
      text.append(barelyMoved == in.size() ? "Every KPI it was meant to move barely moved" : barelyMoved == 0
          ? "Every KPI it was meant to move moved by " + ChartFormat.percent(barely) + " or more"
          : barelyMoved + " of the " + in.size() + " KPIs it was meant to move barely moved");
      text.append(" (").append(list(in)).append(").");
    }
    List<Charts.Bar> marked = ot.stream().filter(b -> b.value() >= markedly).toList();
    if (!marked.isEmpty()) {
      text.append(" It moved other metrics markedly: ").append(list(marked)).append('.');
    } else if (!ot.isEmpty()) {
      text.append(" No other metric it touched moved by ").append(ChartFormat.percent(markedly)).append(" or more.");
    }
    return text.toString();
  }

  private static String list(List<Charts.Bar> bars) {
    List<String> parts = new ArrayList<>();
    for (Charts.Bar b : bars) {
      parts.add(SvgText.clean(b.label()) + " " + (b.value() >= 0 ? "+" : "") + ChartFormat.percent(b.value()));
    }
    return String.join(", ", parts);
  }
}
