package io.github.socialstrategy.core.render.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.TextAnchor;

/** KPI attainment per objective as horizontal bars in percent, with the target (100%) marked. */
final class AttainmentChart {

  static final String TITLE = "KPI attainment by objective";
  static final double TARGET = 100;

  private AttainmentChart() {}

  static Chart render(String id, List<Charts.Bar> barsIn) {
    return render(id, barsIn, null);
  }

  static Chart render(String id, List<Charts.Bar> barsIn, double[] expectedIn) {
    List<String> labels = new ArrayList<>();
    List<Double> valueList = new ArrayList<>();
    if (barsIn != null) {
      for (Charts.Bar bar : barsIn) {
        labels.add(SvgText.clean(bar == null ? null : bar.label()));
        valueList.add(bar == null ? Double.NaN : bar.value());
      }
    }
    int n = labels.size();
    double[] values = valueList.stream().mapToDouble(Double::doubleValue).toArray();
    boolean withExpected = expectedIn != null;
    double[] expected = ChartInput.values(expectedIn, n);

    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(withExpected
          ? List.of(labels.get(i), ChartFormat.percent(values[i]), ChartFormat.percent(expected[i]))
          : List.of(labels.get(i), ChartFormat.percent(values[i])));
    }
    Chart.DataTable table = new Chart.DataTable(
        withExpected ? List.of("Objective", "Attainment", "Expected by now") : List.of("Objective", "Attainment"), rows);
    String description = describe(labels, values) + (withExpected ? describeExpected(values, expected) : "");
    if (!ChartInput.anyPlottable(values)) {
      return NoDataChart.render(id, TITLE, description, table, "No KPI attainment to show yet");
    }

    JFreeChart chart = BarCharts.status(
        labels, values, ChartFormat.percentFormat(), "Attainment", TARGET, "Target reached", "Not reached yet", "No data");
    CategoryPlot plot = chart.getCategoryPlot();
    double min = 0;
    double max = TARGET;
    for (double v : values) {
      if (ChartFormat.plottable(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    ValueAxis axis = plot.getRangeAxis();
    axis.setRange(min < 0 ? min - (max - min) * 0.15 : 0, max + (max - min) * 0.15);
    plot.addRangeMarker(new ValueMarker(TARGET, ChartStyle.TARGET, ChartStyle.DASHED));
    if (withExpected && ChartInput.anyPlottable(expected)) {
      // The attainment expected by the report date: a mark on each objective's bar.
      org.jfree.data.category.DefaultCategoryDataset marks = new org.jfree.data.category.DefaultCategoryDataset();
      for (int i = 0; i < n; i++) {
        marks.addValue(ChartFormat.plottable(expected[i]) ? Double.valueOf(expected[i]) : null, "Expected by now", plot.getDataset().getColumnKey(i));
      }
      org.jfree.chart.renderer.category.LineAndShapeRenderer r = new org.jfree.chart.renderer.category.LineAndShapeRenderer(false, true);
      r.setSeriesPaint(0, ChartStyle.EXPECTED);
      // A short tick at the bar's upper edge, clear of the value written after the bar.
      r.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-1.5, -16, 3, 9));
      plot.setDataset(1, marks);
      plot.setRenderer(1, r);
      plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
      for (int i = 0; i < n; i++) {
        if (ChartFormat.plottable(expected[i])) {
          max = Math.max(max, expected[i]);
        }
      }
      axis.setRange(min < 0 ? min - (max - min) * 0.15 : 0, max + (max - min) * 0.15);
      List<org.jfree.chart.LegendItem> legend = new ArrayList<>();
      org.jfree.chart.LegendItemCollection fixed = plot.getFixedLegendItems();
      for (int i = 0; i < fixed.getItemCount(); i++) {
        legend.add(fixed.get(i));
      }
      legend.add(ChartStyle.boxItem("Expected by now", ChartStyle.EXPECTED));
      plot.setFixedLegendItems(ChartStyle.legend(legend));
    }
    for (int i = 0; i < n; i++) {
      if (!ChartFormat.plottable(values[i])) {
        CategoryTextAnnotation note = new CategoryTextAnnotation("no score yet", plot.getDataset().getColumnKey(i), 0);
        note.setFont(ChartStyle.ITEM_LABEL_FONT);
        note.setPaint(ChartStyle.MUTED_TEXT);
        note.setTextAnchor(TextAnchor.CENTER_LEFT);
        plot.addAnnotation(note);
      }
    }

    int height = ChartInput.rowsHeight(n, 34, 20, 110);
    String svg = SvgChartWriter.write(chart, id, TITLE, description, ChartInput.WIDTH, height);
    return new Chart(id, TITLE, description, svg, table);
  }

  /** How many scored objectives are at or above the attainment expected by the report date. */
  static String describeExpected(double[] values, double[] expected) {
    int compared = 0;
    int onPace = 0;
    for (int i = 0; i < values.length; i++) {
      if (ChartFormat.plottable(values[i]) && ChartFormat.plottable(expected[i])) {
        compared++;
        if (values[i] >= expected[i]) {
          onPace++;
        }
      }
    }
    return compared == 0 ? "" : " " + onPace + " of " + compared + " are at or above the attainment expected by now.";
  }

  static String describe(List<String> labels, double[] values) {
    int scored = 0;
    int reached = 0;
    int lowest = -1;
    for (int i = 0; i < values.length; i++) {
      if (!ChartFormat.plottable(values[i])) {
        continue;
      }
      scored++;
      if (values[i] >= TARGET) {
        reached++;
      }
      if (lowest < 0 || values[i] < values[lowest]) {
        lowest = i;
      }
    }
    if (scored == 0) {
      return values.length == 0
          ? "There are no objectives with KPIs to show."
          : "None of the " + values.length + " objectives has a scored KPI yet.";
    }
    StringBuilder text = new StringBuilder()
        .append(reached).append(" of ").append(scored)
        .append(scored == 1 ? " scored objective has" : " scored objectives have")
        .append(" reached the target (100%).");
    if (values[lowest] < TARGET) {
      text.append(" Furthest behind: ").append(labels.get(lowest)).append(" at ")
          .append(ChartFormat.percent(values[lowest])).append('.');
    }
    int unscored = values.length - scored;
    if (unscored > 0) {
      text.append(' ').append(unscored).append(unscored == 1 ? " objective has" : " objectives have")
          .append(" no score yet.");
    }
    return text.toString();
  }
}
