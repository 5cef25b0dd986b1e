package io.github.socialstrategy.core.render.chart;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/** The chart drawn when there is nothing to plot: a short band that says so. */
final class NoDataChart {

  private NoDataChart() {}

  static Chart render(String id, String title, String description, Chart.DataTable table, String message) {
    CategoryPlot plot = new CategoryPlot(new DefaultCategoryDataset(), null, null, null);
    ChartStyle.plot(plot, message);
    plot.setBackgroundPaint(new Color(0xF6F8FA));
    plot.setRangeGridlinesVisible(false);
    plot.setDomainGridlinesVisible(false);
    JFreeChart chart = ChartStyle.chart(plot, false);
    String svg = SvgChartWriter.write(chart, id, title, description, ChartInput.WIDTH, ChartInput.NO_DATA_HEIGHT);
    return new Chart(id, title, description, svg, table);
  }
}
