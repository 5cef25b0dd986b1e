package io.github.socialstrategy.core.render.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;

/** Intended vs planned share of effort per pillar, as grouped vertical bars in percent. */
final class AllocationChart {

  static final String TITLE = "Intended vs planned effort by pillar";
  static final String TITLE_ACHIEVED = "Intended, planned and achieved by pillar";
  static final int HEIGHT = 360;

  private AllocationChart() {}

  static Chart render(String id, List<String> pillarLabels, double[] intendedIn, double[] plannedIn) {
    return render(id, pillarLabels, intendedIn, plannedIn, null);
  }

  static Chart render(String id, List<String> pillarLabels, double[] intendedIn, double[] plannedIn, double[] achievedIn) {
    List<String> pillars = ChartInput.labels(pillarLabels);
    int n = pillars.size();
    double[] intended = ChartInput.values(intendedIn, n);
    double[] planned = ChartInput.values(plannedIn, n);
    boolean withAchieved = achievedIn != null;
    double[] achieved = ChartInput.values(achievedIn, n);
    String title = withAchieved ? TITLE_ACHIEVED : TITLE;

    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(withAchieved
          ? List.of(pillars.get(i), ChartFormat.percent(intended[i]), ChartFormat.percent(planned[i]), ChartFormat.percent(achieved[i]))
          : List.of(pillars.get(i), ChartFormat.percent(intended[i]), ChartFormat.percent(planned[i])));
    }
    Chart.DataTable table = new Chart.DataTable(
        withAchieved ? List.of("Pillar", "Intended", "Planned", "Achieved") : List.of("Pillar", "Intended", "Planned"), rows);
    String description = describe(pillars, intended, planned) + (withAchieved ? describeAchieved(pillars, planned, achieved) : "");

    if (!ChartInput.anyPlottable(intended, planned)) {
      return NoDataChart.render(id, title, description, table, "No allocation data to show");
    }
    List<BarCharts.Series> series = new ArrayList<>(List.of(
        new BarCharts.Series("Intended", ChartStyle.INTENDED, intended),
        new BarCharts.Series("Planned", ChartStyle.PLANNED, planned)));
    if (withAchieved) {
      series.add(new BarCharts.Series("Achieved (planned, scaled by KPI attainment)", ChartStyle.GREEN, achieved));
    }
    JFreeChart chart = BarCharts.grouped(
        pillars,
        series,
        ChartFormat.percentFormat(),
        "Share of effort",
        PlotOrientation.VERTICAL,
        "No allocation data to show");
    String svg = SvgChartWriter.write(chart, id, title, description, ChartInput.WIDTH, HEIGHT);
    return new Chart(id, title, description, svg, table);
  }

  /** The pillar whose share of KPI progress lags its share of effort the most. */
  static String describeAchieved(List<String> pillars, double[] planned, double[] achieved) {
    int lag = -1;
    for (int i = 0; i < pillars.size(); i++) {
      if (ChartFormat.plottable(achieved[i]) && ChartFormat.plottable(planned[i])
          && (lag < 0 || planned[i] - achieved[i] > planned[lag] - achieved[lag])) {
        lag = i;
      }
    }
    if (lag < 0) {
      return " No KPI is scored yet, so nothing is achieved to compare.";
    }
    if (planned[lag] - achieved[lag] <= 0.05) {
      return " Every pillar's share of KPI progress is at least its share of effort.";
    }
    return " " + pillars.get(lag) + " achieves " + ChartFormat.percent(achieved[lag]) + " for "
        + ChartFormat.percent(planned[lag]) + " of the planned effort: its KPIs attain less than the plan's average.";
  }

  static String describe(List<String> pillars, double[] intended, double[] planned) {
    int top = -1;
    int intendedTop = -1;
    int gap = -1;
    for (int i = 0; i < pillars.size(); i++) {
      if (ChartFormat.plottable(planned[i]) && (top < 0 || planned[i] > planned[top])) {
        top = i;
      }
      if (ChartFormat.plottable(intended[i]) && (intendedTop < 0 || intended[i] > intended[intendedTop])) {
        intendedTop = i;
      }
      if (ChartFormat.plottable(planned[i]) && ChartFormat.plottable(intended[i])
          && (gap < 0 || Math.abs(planned[i] - intended[i]) > Math.abs(planned[gap] - intended[gap]))) {
        gap = i;
      }
    }
    boolean anyPlanned = false;
    for (int i = 0; i < pillars.size(); i++) {
      anyPlanned |= ChartFormat.plottable(planned[i]) && planned[i] > 0;
    }
    if (!anyPlanned) {
      top = -1;
    }
    if (top < 0 && intendedTop < 0) {
      return "There is no allocation data to show.";
    }
    if (top < 0) {
      return "No effort is planned yet; the intended allocation is highest for "
          + pillars.get(intendedTop) + " (" + ChartFormat.percent(intended[intendedTop]) + ").";
    }
    StringBuilder text = new StringBuilder("Planned effort is highest for ")
        .append(pillars.get(top)).append(" (").append(ChartFormat.percent(planned[top]));
    text.append(ChartFormat.plottable(intended[top])
        ? ", intended " + ChartFormat.percent(intended[top]) + ")."
        : ", with no intended share).");
    if (gap < 0) {
      text.append(" No intended allocation was given to compare with.");
    } else if (Math.abs(planned[gap] - intended[gap]) < 0.05) {
      text.append(" Planned effort matches the intended allocation.");
    } else {
      text.append(" The largest gap is ").append(pillars.get(gap)).append(": planned ")
          .append(ChartFormat.percent(planned[gap])).append(" against ")
          .append(ChartFormat.percent(intended[gap])).append(" intended.");
    }
    return text.toString();
  }
}
