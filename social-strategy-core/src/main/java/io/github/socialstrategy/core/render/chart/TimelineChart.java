package io.github.socialstrategy.core.render.chart;

import java.awt.Color;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The schedule as a Gantt chart: one row per span in the order given, bars coloured by group, the
 * date axis limited to the plan period and the report date marked. Drawn as horizontal interval bars
 * on an XY plot, so two spans may share a label.
 */
final class TimelineChart {

  static final String TITLE = "Schedule";
  static final int MAX_LABEL = 40;

  private static final Map<String, Color> KNOWN_GROUPS = Map.of(
      "campaign", ChartStyle.ORANGE, "activity", ChartStyle.BLUE, "task", ChartStyle.GREEN);
  private static final Color[] OTHER_COLOURS = {
    ChartStyle.PURPLE, ChartStyle.SKY_BLUE, ChartStyle.VERMILION, ChartStyle.YELLOW
  };

  private TimelineChart() {}

  /** A span with its missing ends filled in from the period and its ends in order. */
  private record Row(String label, String group, LocalDate start, LocalDate end, Charts.Span original) {}

  static Chart render(String id, List<Charts.Span> spansIn, LocalDate periodStartIn, LocalDate periodEndIn, LocalDate asOf) {
    List<Charts.Span> spans = new ArrayList<>();
    if (spansIn != null) {
      spansIn.stream().filter(s -> s != null).forEach(spans::add);
    }
    LocalDate periodStart = periodStartIn;
    LocalDate periodEnd = periodEndIn;
    for (Charts.Span s : spans) {
      periodStart = earliest(periodStart, earliest(s.start(), s.end()));
      periodEnd = latest(periodEnd, latest(s.start(), s.end()));
    }
    if (periodStartIn != null) {
      periodStart = periodStartIn;
    }
    if (periodEndIn != null) {
      periodEnd = periodEndIn;
    }
    if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
      LocalDate swap = periodStart;
      periodStart = periodEnd;
      periodEnd = swap;
    }

    List<Row> rows = new ArrayList<>();
    Map<String, Color> groups = new LinkedHashMap<>();
    for (Charts.Span s : spans) {
      String group = SvgText.clean(s.group()).isEmpty() ? "other" : SvgText.clean(s.group());
      groups.computeIfAbsent(group, g -> colour(g, groups.size()));
      LocalDate start = s.start() != null ? s.start() : periodStart;
      LocalDate end = s.end() != null ? s.end() : periodEnd;
      if (start != null && end != null && end.isBefore(start)) {
        LocalDate swap = start;
        start = end;
        end = swap;
      }
      rows.add(new Row(SvgText.clean(s.label()), group, start, end, s));
    }

    List<List<String>> tableRows = new ArrayList<>();
    for (Row row : rows) {
      tableRows.add(List.of(row.label(), row.group(),
          ChartFormat.date(row.original().start()), ChartFormat.date(row.original().end())));
    }
    Chart.DataTable table = new Chart.DataTable(List.of("Item", "Type", "Start", "End"), tableRows);
    boolean drawable = !rows.isEmpty() && KpiTimeSeries.plottable(periodStart) && KpiTimeSeries.plottable(periodEnd);
    String description = describe(rows, groups, periodStart, periodEnd, asOf);
    if (!drawable) {
      return NoDataChart.render(id, TITLE, description, table, "Nothing is scheduled");
    }

    long from = KpiTimeSeries.millis(periodStart);
    long to = KpiTimeSeries.millis(periodEnd.plusDays(1));
    long minimum = Math.max(86_400_000L, (to - from) / 150);
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    Map<String, XYIntervalSeries> seriesByGroup = new LinkedHashMap<>();
    for (String group : groups.keySet()) {
      XYIntervalSeries series = new XYIntervalSeries(group);
      seriesByGroup.put(group, series);
      dataset.addSeries(series);
    }
    String[] labels = new String[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      labels[i] = SvgText.truncate(row.label(), MAX_LABEL);
      if (row.start() == null || row.end() == null) {
        continue;
      }
      long start = Math.max(from, KpiTimeSeries.millis(clamp(row.start())));
      long end = Math.min(to, KpiTimeSeries.millis(clamp(row.end()).plusDays(1)));
      if (start >= to || end <= from) {
        continue;
      }
      // Keep one-day tasks visible on a year-long axis.
      if (end - start < minimum) {
        end = Math.min(to, start + minimum);
        start = Math.min(start, end - minimum);
      }
      seriesByGroup.get(row.group()).add(i, i - 0.32, i + 0.32, start, start, end);
    }

    SymbolAxis rowAxis = new SymbolAxis(null, labels);
    ChartStyle.axis(rowAxis);
    rowAxis.setInverted(true);
    rowAxis.setRange(-0.5, rows.size() - 0.5);
    rowAxis.setGridBandPaint(ChartStyle.BACKGROUND);
    rowAxis.setGridBandAlternatePaint(new Color(0xF3F5F7));
    rowAxis.setTickMarksVisible(false);
    rowAxis.setAxisLineVisible(false);

    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setUseYInterval(true);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    int s = 0;
    for (Color colour : groups.values()) {
      renderer.setSeriesPaint(s++, colour);
    }

    XYPlot plot = new XYPlot(dataset, rowAxis, dateAxis(from, to), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartStyle.plot(plot, "Nothing is scheduled");
    plot.setRangeAxisLocation(AxisLocation.TOP_OR_LEFT);
    if (rows.size() > 12) {
      plot.setRangeAxis(1, dateAxis(from, to));
      plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
    }
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
    plot.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
    if (asOf != null && !asOf.isBefore(periodStart) && !asOf.isAfter(periodEnd)) {
      double position = (double) (KpiTimeSeries.millis(asOf) - from) / (to - from);
      plot.addRangeMarker(ChartStyle.verticalMarker(KpiTimeSeries.millis(asOf), ChartStyle.AS_OF, ChartStyle.DOTTED, "As of " + asOf, position));
    }
    List<LegendItem> legend = new ArrayList<>();
    groups.forEach((group, colour) -> legend.add(ChartStyle.boxItem(capitalise(group), colour)));
    plot.setFixedLegendItems(ChartStyle.legend(legend));
    JFreeChart chart = ChartStyle.chart(plot, true);
    int height = ChartInput.rowsHeight(rows.size(), 28, 16, rows.size() > 12 ? 120 : 90);
    String svg = SvgChartWriter.write(chart, id, TITLE, description, ChartInput.WIDTH, height);
    return new Chart(id, TITLE, description, svg, table);
  }

  private static DateAxis dateAxis(long from, long to) {
    DateAxis axis = new DateAxis(null, KpiTimeSeries.UTC, Locale.ROOT);
    axis.setStandardTickUnits(ChartStyle.dateTickUnits(KpiTimeSeries.UTC));
    ChartStyle.axis(axis);
    axis.setRange(from, to);
    return axis;
  }

  private static Color colour(String group, int index) {
    Color known = KNOWN_GROUPS.get(group.toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    return OTHER_COLOURS[index % OTHER_COLOURS.length];
  }

  private static LocalDate clamp(LocalDate date) {
    LocalDate min = LocalDate.of(1900, 1, 1);
    LocalDate max = LocalDate.of(9999, 12, 30);
    return date.isBefore(min) ? min : date.isAfter(max) ? max : date;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  static String plural(long count, String noun) {
    if (count == 1) {
      return "1 " + noun;
    }
    String lower = noun.toLowerCase(Locale.ROOT);
    boolean consonantY = lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0;
    return count + " " + (consonantY ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
  }

  private static String describe(List<Row> rows, Map<String, Color> groups, LocalDate periodStart, LocalDate periodEnd, LocalDate asOf) {
    if (rows.isEmpty()) {
      return "Nothing is scheduled.";
    }
    StringBuilder text = new StringBuilder().append(plural(rows.size(), "item"));
    if (periodStart != null && periodEnd != null) {
      text.append(" from ").append(periodStart).append(" to ").append(periodEnd);
    }
    List<String> counts = new ArrayList<>();
    for (String group : groups.keySet()) {
      counts.add(plural(rows.stream().filter(r -> r.group().equals(group)).count(), group));
    }
    text.append(": ").append(String.join(", ", counts)).append('.');
    if (asOf != null) {
      long running = rows.stream()
          .filter(r -> r.start() != null && r.end() != null && !asOf.isBefore(r.start()) && !asOf.isAfter(r.end()))
          .count();
      text.append(" On ").append(asOf).append(", ").append(running).append(running == 1 ? " is" : " are").append(" under way.");
    }
    if (periodStart != null && periodEnd != null) {
      long days = ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
      text.append(" The period spans ").append(ChartFormat.integer(days)).append(" days.");
    }
    return text.toString();
  }
}
