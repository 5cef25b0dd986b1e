package io.github.socialstrategy.core.render.chart;

import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bar charts with JFreeChart's category plot: grouped bars (allocation, budget) and single bars
 * coloured by status (attainment). Values that can't be plotted are left out, not drawn as zero.
 */
final class BarCharts {

  /** Category labels longer than this are shortened on the axis; the data table keeps them whole. */
  static final int MAX_LABEL = 48;

  private BarCharts() {}

  /** One series of a bar chart: its legend name, colour and values (one per category). */
  record Series(String name, Color colour, double[] values) {}

  /** Grouped bars: one group per label, one bar per series. */
  static JFreeChart grouped(
      List<String> labels, List<Series> series, NumberFormat format, String axisLabel, PlotOrientation orientation, String noData) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Series s : series) {
      for (int i = 0; i < labels.size(); i++) {
        double v = s.values()[i];
        dataset.addValue(ChartFormat.plottable(v) ? Double.valueOf(v) : null, s.name(), key(i, labels.get(i)));
      }
    }
    BarRenderer renderer = new BarRenderer();
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, series.get(i).colour());
    }
    CategoryPlot plot = plot(dataset, renderer, format, axisLabel, orientation, noData);
    renderer.setItemMargin(0.06);
    return ChartStyle.chart(plot, true);
  }

  /**
   * One bar per label, coloured by whether it reached {@code threshold}; the legend names the two
   * colours.
   */
  static JFreeChart status(
      List<String> labels, double[] values, NumberFormat format, String axisLabel, double threshold, String reachedName, String belowName, String noData) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    boolean[] reached = new boolean[labels.size()];
    for (int i = 0; i < labels.size(); i++) {
      double v = values[i];
      reached[i] = v >= threshold;
      dataset.addValue(ChartFormat.plottable(v) ? Double.valueOf(v) : null, "value", key(i, labels.get(i)));
    }
    CategoryPlot plot = plot(dataset, new StatusRenderer(reached), format, axisLabel, PlotOrientation.HORIZONTAL, noData);
    plot.setFixedLegendItems(ChartStyle.legend(List.of(
        ChartStyle.boxItem(reachedName, StatusRenderer.REACHED),
        ChartStyle.boxItem(belowName, StatusRenderer.BELOW),
        ChartStyle.lineItem("Target (" + format.format(threshold) + ")", ChartStyle.TARGET, ChartStyle.DASHED))));
    return ChartStyle.chart(plot, true);
  }

  static CategoryKey key(int index, String label) {
    return new CategoryKey(index, SvgText.truncate(label, MAX_LABEL));
  }

  private static CategoryPlot plot(
      DefaultCategoryDataset dataset, BarRenderer renderer, NumberFormat format, String axisLabel, PlotOrientation orientation, String noData) {
    boolean horizontal = orientation == PlotOrientation.HORIZONTAL;
    CategoryAxis categories = new CategoryAxis(null);
    ChartStyle.axis(categories);
    categories.setMaximumCategoryLabelLines(horizontal ? 2 : 3);
    categories.setTickMarksVisible(false);
    categories.setMaximumCategoryLabelWidthRatio(horizontal ? 0.32f : 1.0f);
    categories.setCategoryMargin(horizontal ? 0.3 : 0.25);
    categories.setLowerMargin(0.03);
    categories.setUpperMargin(0.03);

    NumberAxis values = ChartStyle.valueAxis(axisLabel, format);
    values.setUpperMargin(0.14);

    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(horizontal ? 0.5 : 0.12);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartStyle.ITEM_LABEL_FONT);
    renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
    if (horizontal) {
      renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
      renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
    } else {
      renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
      renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
    }

    CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
    plot.setOrientation(orientation);
    ChartStyle.plot(plot, noData);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(true);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(ChartStyle.AXIS_LINE);
    plot.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
    return plot;
  }

  /** Paints each bar by whether its category reached the threshold. */
  static final class StatusRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    static final Color REACHED = ChartStyle.GREEN;
    static final Color BELOW = ChartStyle.BLUE;

    private final boolean[] reached;

    StatusRenderer(boolean[] reached) {
      this.reached = reached.clone();
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return column < reached.length && reached[column] ? REACHED : BELOW;
    }
  }

  /**
   * Two money series per category as horizontal grouped bars (planned and spent, cost and return), one
   * row per category: the shape of the budget and ROI charts.
   */
  static Chart moneyPairs(
      String id, String title, String description, Chart.DataTable table, List<String> categories, String unit,
      Series first, Series second) {
    JFreeChart chart = grouped(
        categories, List.of(first, second), ChartFormat.integerFormat(), "Amount" + unit, PlotOrientation.HORIZONTAL, "No data");
    int height = ChartInput.rowsHeight(categories.size(), 48, 26, 110);
    String svg = SvgChartWriter.write(chart, id, title, description, ChartInput.WIDTH, height);
    return new Chart(id, title, description, svg, table);
  }
}
