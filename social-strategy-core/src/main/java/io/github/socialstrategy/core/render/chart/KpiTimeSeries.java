package io.github.socialstrategy.core.render.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A KPI over time: the actual values as a line, baseline and target as dashed horizontal lines and
 * the report date as a dotted vertical line. Days are UTC; nothing depends on the machine's zone.
 */
final class KpiTimeSeries {

  static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
  static final int HEIGHT = 360;
  private static final long DAY = 86_400_000L;

  private KpiTimeSeries() {}

  static Chart render(String id, String titleIn, String unitIn, List<Charts.Point> actual, double baseline, Double target, LocalDate asOf) {
    return render(id, titleIn, unitIn, actual, List.of(), baseline, target, asOf);
  }

  static Chart render(
      String id, String titleIn, String unitIn, List<Charts.Point> actual, List<Charts.Point> expectedIn, double baseline, Double target, LocalDate asOf) {
    String title = SvgText.clean(titleIn).isEmpty() ? "KPI over time" : SvgText.clean(titleIn);
    String unit = SvgText.truncate(SvgText.clean(unitIn), 24);
    // One value per day; a later point for the same day replaces an earlier one.
    TreeMap<LocalDate, Double> points = new TreeMap<>();
    if (actual != null) {
      for (Charts.Point p : actual) {
        if (p != null && p.date() != null) {
          points.put(p.date(), p.value());
        }
      }
    }
    double targetValue = target == null ? Double.NaN : target;

    List<List<String>> rows = new ArrayList<>();
    points.forEach((date, value) -> rows.add(List.of(ChartFormat.date(date), ChartFormat.number(value))));
    Chart.DataTable table = new Chart.DataTable(List.of("Date", unit.isEmpty() ? "Value" : "Value (" + unit + ")"), rows);
    String description = describe(title, unit, points, baseline, targetValue, asOf);

    TimeSeries series = new TimeSeries("Actual");
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (var entry : points.entrySet()) {
      double v = entry.getValue();
      LocalDate d = entry.getKey();
      if (!ChartFormat.plottable(v) || !plottable(d)) {
        continue;
      }
      series.add(new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()), v);
      min = Math.min(min, v);
      max = Math.max(max, v);
      first = Math.min(first, millis(d));
      last = Math.max(last, millis(d));
    }
    for (double v : new double[] {baseline, targetValue}) {
      if (ChartFormat.plottable(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    LocalDate reportDate = plottable(asOf) ? asOf : null;
    if (reportDate != null) {
      first = Math.min(first, millis(reportDate));
      last = Math.max(last, millis(reportDate));
    }

    // The path the KPI was expected to follow, from the plan's start to its due date.
    TimeSeries expected = new TimeSeries("Expected");
    if (expectedIn != null) {
      for (Charts.Point p : expectedIn) {
        if (p != null && plottable(p.date()) && ChartFormat.plottable(p.value())) {
          expected.addOrUpdate(new Day(p.date().getDayOfMonth(), p.date().getMonthValue(), p.date().getYear()), p.value());
          min = Math.min(min, p.value());
          max = Math.max(max, p.value());
          first = Math.min(first, millis(p.date()));
          last = Math.max(last, millis(p.date()));
        }
      }
    }
    TimeSeriesCollection dataset = new TimeSeriesCollection(series, UTC);
    if (expected.getItemCount() > 1) {
      dataset.addSeries(expected);
    }
    dataset.setXPosition(TimePeriodAnchor.START);
    DateAxis dates = new DateAxis(null, UTC, Locale.ROOT);
    dates.setStandardTickUnits(ChartStyle.dateTickUnits(UTC));
    ChartStyle.axis(dates);
    if (first == Long.MAX_VALUE) {
      long fallback = millis(LocalDate.of(2000, 1, 1));
      first = fallback;
      last = fallback;
    }
    long pad = last - first < 7 * DAY ? 15 * DAY : (last - first) / 25;
    dates.setRange(first - pad, last + pad);

    NumberAxis values = ChartStyle.valueAxis(unit.isEmpty() ? null : unit, ChartFormat.numberFormat());
    if (min == Double.POSITIVE_INFINITY) {
      min = 0;
      max = 1;
    }
    double span = max - min;
    double margin = span > 0 ? span * 0.12 : Math.max(1, Math.abs(max) * 0.1);
    values.setRange(min - margin, max + margin);

    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, ChartStyle.ACTUAL);
    renderer.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    renderer.setSeriesPaint(1, ChartStyle.EXPECTED);
    renderer.setSeriesStroke(1, ChartStyle.DASHED);
    renderer.setSeriesShapesVisible(1, false);

    XYPlot plot = new XYPlot(dataset, dates, values, renderer);
    ChartStyle.plot(plot, "No results yet");
    plot.setDomainGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setDomainGridlineStroke(ChartStyle.GRID_STROKE);
    plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
    plot.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
    if (ChartFormat.plottable(baseline)) {
      // Results start near the baseline and head for the target: label each where the line is not.
      plot.addRangeMarker(ChartStyle.horizontalMarker(baseline, ChartStyle.BASELINE, ChartStyle.DASHED, "Baseline " + ChartFormat.number(baseline), true));
    }
    if (ChartFormat.plottable(targetValue)) {
      plot.addRangeMarker(ChartStyle.horizontalMarker(targetValue, ChartStyle.TARGET, ChartStyle.DASHED, "Target " + ChartFormat.number(targetValue), false));
    }
    if (reportDate != null) {
      double position = (double) (millis(reportDate) - (first - pad)) / (last - first + 2 * pad);
      plot.addDomainMarker(ChartStyle.verticalMarker(millis(reportDate), ChartStyle.AS_OF, ChartStyle.DOTTED, "As of " + reportDate, position));
    }
    List<LegendItem> legend = new ArrayList<>();
    if (series.getItemCount() > 0) {
      legend.add(ChartStyle.lineItem("Actual", ChartStyle.ACTUAL, new BasicStroke(2.5f)));
    }
    if (expected.getItemCount() > 1) {
      legend.add(ChartStyle.lineItem("Expected by now", ChartStyle.EXPECTED, ChartStyle.DASHED));
    }
    if (ChartFormat.plottable(baseline)) {
      legend.add(ChartStyle.lineItem("Baseline", ChartStyle.BASELINE, ChartStyle.DASHED));
    }
    if (ChartFormat.plottable(targetValue)) {
      legend.add(ChartStyle.lineItem("Target", ChartStyle.TARGET, ChartStyle.DASHED));
    }
    if (reportDate != null) {
      legend.add(ChartStyle.lineItem("Report date", ChartStyle.AS_OF, ChartStyle.DOTTED));
    }
    plot.setFixedLegendItems(ChartStyle.legend(legend));
    JFreeChart chart = ChartStyle.chart(plot, true);
    String svg = SvgChartWriter.write(chart, id, title, description, ChartInput.WIDTH, HEIGHT);
    return new Chart(id, title, description, svg, table);
  }

  /** Whether JFreeChart's day periods (years 1900 to 9999) can hold {@code date}. */
  static boolean plottable(LocalDate date) {
    return date != null && date.getYear() >= 1900 && date.getYear() <= 9999;
  }

  static long millis(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  static String describe(String title, String unit, TreeMap<LocalDate, Double> points, double baseline, double target, LocalDate asOf) {
    String suffix = unit.isEmpty() ? "" : " " + unit;
    // The caption shows the title next to this text, so it starts with the figures.
    StringBuilder text = new StringBuilder();
    LocalDate earliest = null;
    LocalDate latest = null;
    int count = 0;
    for (var entry : points.entrySet()) {
      if (Double.isFinite(entry.getValue())) {
        earliest = earliest == null ? entry.getKey() : earliest;
        latest = entry.getKey();
        count++;
      }
    }
    if (latest == null) {
      text.append("No results yet");
    } else {
      text.append("Latest value ").append(ChartFormat.number(points.get(latest))).append(suffix)
          .append(" on ").append(latest).append(" (").append(count).append(count == 1 ? " result" : " results");
      if (count > 1) {
        text.append(" since ").append(earliest);
      }
      text.append(')');
    }
    text.append("; baseline ").append(ChartFormat.number(baseline)).append(suffix);
    text.append(Double.isNaN(target) ? ", no target (tracked only)" : ", target " + ChartFormat.number(target) + suffix);
    if (asOf != null) {
      text.append(", as of ").append(asOf);
    }
    return text.append('.').toString();
  }
}
