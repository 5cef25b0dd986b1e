package io.github.socialstrategy.core.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DateFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look shared by every chart: the Okabe-Ito colour-blind-safe palette, fonts, axes, legends,
 * reference-line styles. Every setting is explicit, so no global JFreeChart theme can leak in.
 */
final class ChartStyle {

  // Okabe-Ito palette.
  static final Color BLUE = new Color(0x0072B2);
  static final Color SKY_BLUE = new Color(0x56B4E9);
  static final Color ORANGE = new Color(0xE69F00);
  static final Color GREEN = new Color(0x009E73);
  static final Color VERMILION = new Color(0xD55E00);
  static final Color PURPLE = new Color(0xCC79A7);
  static final Color YELLOW = new Color(0xF0E442);

  /** Series colours with one meaning everywhere. */
  static final Color INTENDED = SKY_BLUE;
  static final Color PLANNED = BLUE;
  static final Color SPENT = ORANGE;
  static final Color ACTUAL = BLUE;
  static final Color BASELINE = new Color(0x595959);
  static final Color TARGET = GREEN;
  static final Color AS_OF = VERMILION;
  static final Color EXPECTED = PURPLE;
  static final Color COST = ORANGE;
  static final Color RETURN = GREEN;

  static final Color TEXT = new Color(0x1F2328);
  static final Color MUTED_TEXT = new Color(0x57606A);
  static final Color AXIS_LINE = new Color(0x8C959F);
  static final Color GRID = new Color(0xDDE1E6);
  static final Color BACKGROUND = Color.WHITE;

  /** The logical family: fontconfig resolves it to DejaVu Sans here; the SVG names a CSS stack. */
  static final String FAMILY = Font.SANS_SERIF;

  static final Font TICK_FONT = new Font(FAMILY, Font.PLAIN, 12);
  static final Font LABEL_FONT = new Font(FAMILY, Font.PLAIN, 12);
  static final Font ITEM_LABEL_FONT = new Font(FAMILY, Font.PLAIN, 11);
  static final Font LEGEND_FONT = new Font(FAMILY, Font.PLAIN, 12);
  static final Font MARKER_FONT = new Font(FAMILY, Font.BOLD, 11);
  static final Font MESSAGE_FONT = new Font(FAMILY, Font.PLAIN, 15);

  static final Stroke GRID_STROKE = new BasicStroke(0.8f);
  static final Stroke DASHED =
      new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
  static final Stroke DOTTED =
      new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f);

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private ChartStyle() {}

  /** A chart around {@code plot}, with a styled legend when {@code legend} is true and no title. */
  static JFreeChart chart(Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, legend);
    chart.setBackgroundPaint(BACKGROUND);
    chart.setBorderVisible(false);
    chart.setPadding(new RectangleInsets(8, 8, 8, 12));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    LegendTitle legendTitle = chart.getLegend();
    if (legendTitle != null) {
      legendTitle.setItemFont(LEGEND_FONT);
      legendTitle.setItemPaint(TEXT);
      legendTitle.setFrame(BlockBorder.NONE);
      legendTitle.setBackgroundPaint(BACKGROUND);
      legendTitle.setPosition(RectangleEdge.TOP);
      legendTitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
      legendTitle.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
    }
    return chart;
  }

  /** Background, outline and no-data message common to every plot. */
  static void plot(Plot plot, String noDataMessage) {
    plot.setBackgroundPaint(BACKGROUND);
    plot.setOutlineVisible(false);
    plot.setNoDataMessage(noDataMessage);
    plot.setNoDataMessageFont(MESSAGE_FONT);
    plot.setNoDataMessagePaint(MUTED_TEXT);
    plot.setInsets(new RectangleInsets(4, 4, 4, 8));
  }

  static void axis(Axis axis) {
    axis.setTickLabelFont(TICK_FONT);
    axis.setTickLabelPaint(TEXT);
    axis.setLabelFont(LABEL_FONT);
    axis.setLabelPaint(MUTED_TEXT);
    axis.setAxisLinePaint(AXIS_LINE);
    axis.setTickMarkPaint(AXIS_LINE);
  }

  /** A value axis whose ticks suit any magnitude and are formatted with {@code format}. */
  static NumberAxis valueAxis(String label, NumberFormat format) {
    NumberAxis axis = new NumberAxis(label);
    axis.setStandardTickUnits(new NumberTickUnitSource(false, format));
    axis.setNumberFormatOverride(format);
    axis(axis);
    return axis;
  }

  /**
   * A horizontal reference line (baseline, target) with a bold label above it, at the left or the
   * right end of the plot.
   */
  static ValueMarker horizontalMarker(double value, Color colour, Stroke stroke, String label, boolean labelRight) {
    ValueMarker marker = marker(value, colour, stroke, label);
    marker.setLabelAnchor(labelRight ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
    marker.setLabelTextAnchor(labelRight ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
    // On the right, keep clear of a report-date line near the plot's right edge.
    marker.setLabelOffset(new RectangleInsets(2, 4, 2, labelRight ? 48 : 4));
    return marker;
  }

  /**
   * A vertical reference line (report date) labelled inside the plot at the top, on a white patch so
   * bars under it don't hide the text: right of the line, or left of it when the line is near the
   * right edge ({@code position}, from 0 to 1 across the axis, above 0.7).
   */
  static ValueMarker verticalMarker(double value, Color colour, Stroke stroke, String label, double position) {
    ValueMarker marker = marker(value, colour, stroke, label);
    boolean left = position > 0.7;
    marker.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 217));
    return marker;
  }

  private static ValueMarker marker(double value, Color colour, Stroke stroke, String label) {
    ValueMarker marker = new ValueMarker(value, colour, stroke);
    marker.setLabel(label);
    marker.setLabelFont(MARKER_FONT);
    marker.setLabelPaint(colour.darker());
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
    return marker;
  }

  /**
   * Date ticks for UTC days, formatted without the machine's locale: {@code 3 Mar} for days and weeks,
   * {@code Mar 2026} for months, {@code 2026} for years.
   */
  static TickUnitSource dateTickUnits(TimeZone zone) {
    TickUnits units = new TickUnits();
    for (int days : new int[] {1, 2, 7, 14}) {
      units.add(new DateTickUnit(DateTickUnitType.DAY, days, dateFormat("d MMM", zone)));
    }
    for (int months : new int[] {1, 2, 3, 6}) {
      units.add(new DateTickUnit(DateTickUnitType.MONTH, months, dateFormat("MMM yyyy", zone)));
    }
    for (int years : new int[] {1, 2, 5, 10, 25, 50, 100, 250, 500, 1000}) {
      units.add(new DateTickUnit(DateTickUnitType.YEAR, years, dateFormat("yyyy", zone)));
    }
    return units;
  }

  private static DateFormat dateFormat(String pattern, TimeZone zone) {
    SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ROOT);
    format.setTimeZone(zone);
    return format;
  }

  /** A legend entry drawn as a filled square. */
  static LegendItem boxItem(String label, Paint paint) {
    LegendItem item = new LegendItem(label, paint);
    item.setShape(new Rectangle2D.Double(-6, -6, 12, 12));
    item.setLabelFont(LEGEND_FONT);
    item.setLabelPaint(TEXT);
    return item;
  }

  /** A legend entry drawn as a line in the given stroke. */
  static LegendItem lineItem(String label, Paint paint, Stroke stroke) {
    Shape line = new Line2D.Double(-10, 0, 10, 0);
    LegendItem item = new LegendItem(label, null, null, null, false, line, false, paint, false, paint, stroke, true, line, stroke, paint);
    item.setLabelFont(LEGEND_FONT);
    item.setLabelPaint(TEXT);
    return item;
  }

  static LegendItemCollection legend(List<LegendItem> items) {
    LegendItemCollection collection = new LegendItemCollection();
    items.forEach(collection::add);
    return collection;
  }

  /** The width of {@code text} in {@code font}, measured without a screen (deterministic). */
  static double width(String text, Font font) {
    return font.getStringBounds(text, FRC).getWidth();
  }
}
