package io.github.socialstrategy.core.render.chart;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Prints a fixed set of charts to standard output, one SVG per line. {@link CrossJvmDeterminismTest}
 * runs it in a separate JVM with another locale and time zone and compares with its own rendering.
 */
final class ChartDump {

  private ChartDump() {}

  static List<Chart> charts() {
    JFreeCharts charts = new JFreeCharts();
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    return List.of(
        charts.allocation("allocation", SampleData.PILLARS, new double[] {40, 20, 30, 10}, new double[] {52.5, 12.5, 27.5, 7.5}),
        charts.coverageHeatmap("coverage", SampleData.GOALS, SampleData.CHANNELS, SampleData.coverage()),
        charts.attainment("attainment", SampleData.attainment()),
        charts.timeSeries("kpi", "Online revenue", "EUR", SampleData.revenue(), 1_200_000, 1_380_000.0, asOf),
        charts.budget("budget", "Budget", "EUR", SampleData.ACTIVITIES.subList(0, 3), new double[] {1, 2, 3}, new double[] {3, 2, 1}),
        charts.timeline("timeline", SampleData.spans(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), asOf),
        SampleData.diagram(16));
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (Chart chart : charts()) {
      out.println(chart.svg().replace("\n", "\\n"));
    }
  }
}
