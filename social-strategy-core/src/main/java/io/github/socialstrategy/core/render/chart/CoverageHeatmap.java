package io.github.socialstrategy.core.render.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The coverage heat-map: goals (rows) against channels (columns), each cell the number of activities.
 * A goal and channel with no activity is neutral (no plan needs every channel for every goal); a goal with no
 * activity on any channel is a gap: its whole row is tinted vermilion and says "0", so it stands out in colour
 * and in text.
 */
final class CoverageHeatmap {

  static final String TITLE = "Coverage of goals by channel";
  static final int MAX_ROW_LABEL = 36;
  static final int MAX_COLUMN_LABEL = 28;

  static final Color EMPTY = new Color(0xF8CFB8);
  static final Color EMPTY_TEXT = new Color(0x9A3A00);
  static final Color NEUTRAL = new Color(0xF2F4F7);
  static final Color NEUTRAL_TEXT = new Color(0x8C959F);
  private static final Color[] LEVELS = {
    new Color(0xCCE3F0), new Color(0x99C7E0), new Color(0x4D9DC9), ChartStyle.BLUE
  };
  private static final String[] LEVEL_NAMES = {"1 activity", "2", "3\u20134", "5 or more"};

  private CoverageHeatmap() {}

  static Chart render(String id, List<String> rowLabels, List<String> columnLabels, int[][] countsIn) {
    List<String> rows = ChartInput.labels(rowLabels);
    List<String> columns = ChartInput.labels(columnLabels);
    int[][] counts = new int[rows.size()][columns.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        boolean present = countsIn != null && r < countsIn.length && countsIn[r] != null && c < countsIn[r].length;
        counts[r][c] = present ? Math.max(0, countsIn[r][c]) : 0;
      }
    }

    List<String> headers = new ArrayList<>();
    headers.add("Goal");
    headers.addAll(columns);
    List<List<String>> tableRows = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = new ArrayList<>();
      cells.add(rows.get(r));
      for (int c = 0; c < columns.size(); c++) {
        cells.add(ChartFormat.integer(counts[r][c]));
      }
      tableRows.add(cells);
    }
    Chart.DataTable table = new Chart.DataTable(headers, tableRows);
    String description = describe(rows, columns, counts);
    if (rows.isEmpty() || columns.isEmpty()) {
      return NoDataChart.render(id, TITLE, description, table, "No goals or channels to show");
    }

    String[] rowNames = rows.stream().map(s -> SvgText.truncate(s, MAX_ROW_LABEL)).toArray(String[]::new);
    String[] columnNames = columns.stream().map(s -> SvgText.truncate(s, MAX_COLUMN_LABEL)).toArray(String[]::new);
    double rowLabelWidth = 0;
    for (String name : rowNames) {
      rowLabelWidth = Math.max(rowLabelWidth, ChartStyle.width(name, ChartStyle.TICK_FONT));
    }
    double columnWidth = (ChartInput.WIDTH - 40 - rowLabelWidth) / columns.size();
    double columnLabelWidth = 0;
    for (String name : columnNames) {
      columnLabelWidth = Math.max(columnLabelWidth, ChartStyle.width(name, ChartStyle.TICK_FONT));
    }
    boolean vertical = columnLabelWidth > columnWidth - 8;

    DefaultXYZDataset dataset = new DefaultXYZDataset();
    int cellCount = rows.size() * columns.size();
    double[][] series = new double[3][cellCount];
    XYPlot plot = new XYPlot();
    Font cellFont = new Font(ChartStyle.FAMILY, Font.PLAIN, columnWidth < 26 ? 10 : 12);
    for (int r = 0, k = 0; r < rows.size(); r++) {
      boolean gap = true;
      for (int c = 0; c < columns.size(); c++) {
        gap &= counts[r][c] == 0;
      }
      for (int c = 0; c < columns.size(); c++, k++) {
        series[0][k] = c;
        series[1][k] = r;
        // -1 paints a gap row's cell; 0 a neutral empty cell.
        series[2][k] = gap ? -1 : counts[r][c];
        XYTextAnnotation label = new XYTextAnnotation(gap || counts[r][c] > 0 ? ChartFormat.integer(counts[r][c]) : "\u00b7", c, r);
        label.setFont(gap ? cellFont.deriveFont(Font.BOLD) : cellFont);
        label.setPaint(gap ? EMPTY_TEXT : textPaint(counts[r][c]));
        label.setTextAnchor(TextAnchor.CENTER);
        plot.addAnnotation(label, false);
      }
    }
    dataset.addSeries("coverage", series);

    SymbolAxis columnAxis = new SymbolAxis(null, columnNames);
    SymbolAxis rowAxis = new SymbolAxis(null, rowNames);
    for (SymbolAxis axis : List.of(columnAxis, rowAxis)) {
      ChartStyle.axis(axis);
      axis.setGridBandsVisible(false);
      axis.setAxisLineVisible(false);
      axis.setTickMarksVisible(false);
    }
    columnAxis.setVerticalTickLabels(vertical);
    columnAxis.setRange(-0.5, columns.size() - 0.5);
    rowAxis.setRange(-0.5, rows.size() - 0.5);
    rowAxis.setInverted(true);

    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setBlockWidth(0.94);
    renderer.setBlockHeight(0.9);
    renderer.setBlockAnchor(RectangleAnchor.CENTER);
    renderer.setPaintScale(new LevelScale());

    plot.setDataset(dataset);
    plot.setDomainAxis(columnAxis);
    plot.setRangeAxis(rowAxis);
    plot.setRenderer(renderer);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    ChartStyle.plot(plot, "No data");
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
    List<LegendItem> legend = new ArrayList<>();
    legend.add(ChartStyle.boxItem("Goal with no activity at all (gap)", EMPTY));
    legend.add(ChartStyle.boxItem("None on this channel", NEUTRAL));
    for (int i = 0; i < LEVELS.length; i++) {
      legend.add(ChartStyle.boxItem(LEVEL_NAMES[i], LEVELS[i]));
    }
    plot.setFixedLegendItems(ChartStyle.legend(legend));
    JFreeChart chart = ChartStyle.chart(plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);

    int header = (int) Math.ceil(vertical ? columnLabelWidth + 16 : 28);
    int height = header + ChartInput.rowsHeight(rows.size(), 30, 18, 60);
    String svg = SvgChartWriter.write(chart, id, TITLE, description, ChartInput.WIDTH, height);
    return new Chart(id, TITLE, description, svg, table);
  }

  static int level(int count) {
    if (count <= 0) {
      return -1;
    }
    return count == 1 ? 0 : count == 2 ? 1 : count <= 4 ? 2 : 3;
  }

  /** The fill of a cell: a count, 0 for none on that channel (neutral), or -1 for a cell of a gap row. */
  static Paint fill(int count) {
    if (count < 0) {
      return EMPTY;
    }
    int level = level(count);
    return level < 0 ? NEUTRAL : LEVELS[level];
  }

  private static Paint textPaint(int count) {
    int level = level(count);
    return level < 0 ? NEUTRAL_TEXT : level >= 2 ? Color.WHITE : ChartStyle.TEXT;
  }

  static String describe(List<String> rows, List<String> columns, int[][] counts) {
    if (rows.isEmpty() || columns.isEmpty()) {
      return "There are no goals or channels to show coverage for.";
    }
    int covered = 0;
    List<String> uncoveredRows = new ArrayList<>();
    long[] columnTotals = new long[columns.size()];
    for (int r = 0; r < rows.size(); r++) {
      boolean any = false;
      for (int c = 0; c < columns.size(); c++) {
        if (counts[r][c] > 0) {
          covered++;
          any = true;
          columnTotals[c]++;
        }
      }
      if (!any) {
        uncoveredRows.add(rows.get(r));
      }
    }
    int cells = rows.size() * columns.size();
    StringBuilder text = new StringBuilder()
        .append(ChartFormat.integer(covered)).append(" of ").append(ChartFormat.integer(cells))
        .append(" goal and channel combinations have activities.");
    if (!uncoveredRows.isEmpty()) {
      text.append(' ').append(uncoveredRows.size() == 1 ? "1 goal has" : uncoveredRows.size() + " goals have")
          .append(" no activity on any channel (gaps): ").append(BudgetChart.list(uncoveredRows)).append('.');
    } else {
      text.append(" Every goal has activities on some channel: no gaps.");
    }
    int best = 0;
    for (int c = 1; c < columns.size(); c++) {
      if (columnTotals[c] > columnTotals[best]) {
        best = c;
      }
    }
    if (columnTotals[best] > 0) {
      text.append(' ').append(columns.get(best)).append(" covers the most goals (")
          .append(ChartFormat.integer(columnTotals[best])).append(" of ")
          .append(ChartFormat.integer(rows.size())).append(").");
    }
    return text.toString();
  }

  /** Maps a count to its colour band. */
  private static final class LevelScale implements PaintScale {

    @Override
    public double getLowerBound() {
      return -1;
    }

    @Override
    public double getUpperBound() {
      return Integer.MAX_VALUE;
    }

    @Override
    public Paint getPaint(double value) {
      return fill((int) Math.min(Integer.MAX_VALUE, Math.max(-1, value)));
    }
  }
}
