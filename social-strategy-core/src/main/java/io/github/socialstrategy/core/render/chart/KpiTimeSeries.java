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
    List<Charts.Line> lines = new ArrayList<>();
    lines.add(new Charts.Line("Actual", Charts.LineStyle.ACTUAL, actual == null ? List.of() : actual));
    lines.add(new Charts.Line("Expected by now", Charts.LineStyle.EXPECTED, expectedIn == null ? List.of() : expectedIn));
    return render(id, titleIn, unitIn, lines, baseline, target, asOf);
  }

  static Chart render(String id, String titleIn, String unitIn, List<Charts.Line> linesIn, Double baselineIn, Double target, LocalDate asOf) {
    String title = SvgText.clean(titleIn).isEmpty() ? "KPI over time" : SvgText.clean(titleIn);
    String unit = SvgText.truncate(SvgText.clean(unitIn), 24);
    double baseline = baselineIn == null ? Double.NaN : baselineIn;
    double targetValue = target == null ? Double.NaN : target;
    // One value per day and line; a later point for the same day replaces an earlier one.
    List<String> labels = new ArrayList<>();
    List<Charts.LineStyle> styles = new ArrayList<>();
    List<TreeMap<LocalDate, Double>> lines = new ArrayList<>();
    if (linesIn != null) {
      for (Charts.Line line : linesIn) {
        if (line == null) {
          continue;
        }
        TreeMap<LocalDate, Double> points = new TreeMap<>();
        if (line.points() != null) {
          for (Charts.Point p : line.points()) {
            if (p != null && p.date() != null) {
              points.put(p.date(), p.value());
            }
          }
        }
        labels.add(SvgText.truncate(SvgText.clean(line.label() == null ? "" : line.label()), 40));
        styles.add(line.style() == null ? Charts.LineStyle.ACTUAL : line.style());
        lines.add(points);
      }
    }
    TreeMap<LocalDate, Double> actual = lines.isEmpty() ? new TreeMap<>() : lines.get(0);

    Chart.DataTable table = table(unit, labels, lines);
    String description = describe(title, unit, actual, baseline, targetValue, asOf);

    TimeSeriesCollection dataset = new TimeSeriesCollection(UTC);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    List<LegendItem> legend = new ArrayList<>();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int i = 0; i < lines.size(); i++) {
      TimeSeries series = new TimeSeries(labels.get(i).isEmpty() ? "Series " + (i + 1) : labels.get(i));
      for (var entry : lines.get(i).entrySet()) {
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
      Charts.LineStyle style = styles.get(i);
      // A path needs two corners; a lone point of a reference line says nothing.
      if (series.getItemCount() == 0 || (style != Charts.LineStyle.ACTUAL && style != Charts.LineStyle.PERIOD && series.getItemCount() < 2)) {
        continue;
      }
      int n = dataset.getSeriesCount();
      dataset.addSeries(series);
      style(renderer, n, style);
      legend.add(ChartStyle.lineItem(labels.get(i), paint(style), legendStroke(style)));
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
      legend.add(ChartStyle.lineItem("Baseline", ChartStyle.BASELINE, ChartStyle.DASHED));
    }
    if (ChartFormat.plottable(targetValue)) {
      plot.addRangeMarker(ChartStyle.horizontalMarker(targetValue, ChartStyle.TARGET, ChartStyle.DASHED, "Target " + ChartFormat.number(targetValue), false));
      legend.add(ChartStyle.lineItem("Target", ChartStyle.TARGET, ChartStyle.DASHED));
    }
    if (reportDate != null) {
      double position = (double) (millis(reportDate) - (first - pad)) / (last - first + 2 * pad);
      plot.addDomainMarker(ChartStyle.verticalMarker(millis(reportDate), ChartStyle.AS_OF, ChartStyle.DOTTED, "As of " + reportDate, position));
      legend.add(ChartStyle.lineItem("Report date", ChartStyle.AS_OF, ChartStyle.DOTTED));
    }
    plot.setFixedLegendItems(ChartStyle.legend(legend));
    JFreeChart chart = ChartStyle.chart(plot, true);
    String svg = SvgChartWriter.write(chart, id, title, description, ChartInput.WIDTH, HEIGHT);
    return new Chart(id, title, description, svg, table);
  }

  /** Every line's points by date: a column per line with points ("Value" when only one has any). */
  private static Chart.DataTable table(String unit, List<String> labels, List<TreeMap<LocalDate, Double>> lines) {
    String suffix = unit.isEmpty() ? "" : " (" + unit + ")";
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty()) {
        shown.add(i);
      }
    }
    if (shown.isEmpty() && !lines.isEmpty()) {
      shown.add(0);
    }
    List<String> headers = new ArrayList<>();
    headers.add("Date");
    for (int i : shown) {
      headers.add((shown.size() == 1 ? "Value" : labels.get(i)) + suffix);
    }
    TreeMap<LocalDate, List<String>> rows = new TreeMap<>();
    for (int c = 0; c < shown.size(); c++) {
      int col = c;
      lines.get(shown.get(c)).forEach((date, value) -> {
        List<String> row = rows.computeIfAbsent(date, d -> {
          List<String> r = new ArrayList<>();
          r.add(ChartFormat.date(d));
          for (int k = 0; k < shown.size(); k++) {
            r.add("");
          }
          return r;
        });
        row.set(col + 1, ChartFormat.number(value));
      });
    }
    return new Chart.DataTable(headers, new ArrayList<>(rows.values()));
  }

  private static void style(XYLineAndShapeRenderer r, int n, Charts.LineStyle style) {
    r.setSeriesPaint(n, paint(style));
    switch (style) {
      case ACTUAL -> {
        r.setSeriesStroke(n, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        r.setSeriesShape(n, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
      }
      case PERIOD -> {
        r.setSeriesStroke(n, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        r.setSeriesShape(n, new java.awt.geom.Rectangle2D.Double(-3, -3, 6, 6));
      }
      case EXPECTED -> {
        r.setSeriesStroke(n, ChartStyle.DASHED);
        r.setSeriesShapesVisible(n, false);
      }
      case REFERENCE -> {
        r.setSeriesStroke(n, ChartStyle.DOTTED);
        r.setSeriesShapesVisible(n, false);
      }
    }
  }

  private static java.awt.Color paint(Charts.LineStyle style) {
    return switch (style) {
      case ACTUAL -> ChartStyle.ACTUAL;
      case PERIOD -> ChartStyle.ORANGE;
      case EXPECTED -> ChartStyle.EXPECTED;
      case REFERENCE -> ChartStyle.BASELINE;
    };
  }

  private static java.awt.Stroke legendStroke(Charts.LineStyle style) {
    return switch (style) {
      case ACTUAL -> new BasicStroke(2.5f);
      case PERIOD -> new BasicStroke(1.5f);
      case EXPECTED -> ChartStyle.DASHED;
      case REFERENCE -> ChartStyle.DOTTED;
    };
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
    LocalDate later = null;
    int count = 0;
    for (var entry : points.entrySet()) {
      if (!Double.isFinite(entry.getValue())) {
        continue;
      }
      if (asOf != null && entry.getKey().isAfter(asOf)) {
        later = later == null ? entry.getKey() : later;
        continue;
      }
      earliest = earliest == null ? entry.getKey() : earliest;
      latest = entry.getKey();
      count++;
    }
    if (latest == null) {
      text.append(asOf == null ? "No results yet" : "No results by " + asOf);
    } else {
      // The value the KPI's table shows: the last point on or before the report date.
      text.append(asOf == null ? "Latest value " : "Value at the report date ").append(ChartFormat.number(points.get(latest))).append(suffix)
          .append(" on ").append(latest).append(" (").append(count).append(count == 1 ? " point" : " points");
      if (count > 1) {
        text.append(" since ").append(earliest);
      }
      text.append(')');
    }
    if (later != null) {
      text.append("; points after the report date are drawn too");
    }
    if (!Double.isNaN(baseline)) {
      text.append("; baseline ").append(ChartFormat.number(baseline)).append(suffix);
    }
    text.append(Double.isNaN(baseline) ? "; " : ", ");
    text.append(Double.isNaN(target) ? "no target (tracked only)" : "target " + ChartFormat.number(target) + suffix);
    if (asOf != null) {
      text.append(", as of ").append(asOf);
    }
    return text.append('.').toString();
  }
}
