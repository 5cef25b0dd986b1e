package io.github.socialstrategy.core.render.chart;

import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a JFreeChart onto JFreeSVG's {@link SVGGraphics2D} and turns the result into an SVG element
 * fit for inlining into HTML5: deterministic ids and numbers, a {@code viewBox}, {@code role="img"},
 * and an escaped {@code <title>} and {@code <desc>}.
 */
final class SvgChartWriter {

  /**
   * The fonts the SVG asks for: DejaVu Sans is what Java measured with here; Verdana and the generic
   * family are close fallbacks on machines without it.
   */
  static final String FONT_STACK = "\"DejaVu Sans\", Verdana, sans-serif";

  private SvgChartWriter() {}

  /**
   * Renders {@code chart} at {@code width} x {@code height}.
   *
   * @param id a safe id (see {@link SvgText#safeId}); prefixes every id in the output
   */
  static String write(JFreeChart chart, String id, String title, String description, int width, int height) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    // The default prefix derives from the clock; a fixed one makes output repeatable and lets
    // several charts share one page without id clashes.
    g2.setDefsKeyPrefix(id + "-");
    g2.setGeomDoubleConverter(d -> fixed(d, 2));
    g2.setTransformDoubleConverter(d -> fixed(d, 4));
    g2.setFontFunction(family -> FONT_STACK);
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    String element = g2.getSVGElement(id, true, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
    g2.dispose();
    return decorate(element, id, title, description);
  }

  /** Adds accessibility attributes and the title and description right after the root's start tag. */
  static String decorate(String element, String id, String title, String description) {
    String svg = element.strip();
    if (svg.startsWith("<?xml")) {
      svg = svg.substring(svg.indexOf("?>") + 2).strip();
    }
    int end = svg.indexOf('>');
    if (!svg.startsWith("<svg") || end < 0) {
      throw new IllegalStateException("JFreeSVG did not return an <svg> element");
    }
    return svg.substring(0, end)
        + " role='img' aria-labelledby='" + id + "-title " + id + "-desc'>"
        + "<title id='" + id + "-title'>" + SvgText.escape(title) + "</title>"
        + "<desc id='" + id + "-desc'>" + SvgText.escape(description) + "</desc>"
        + svg.substring(end + 1);
  }

  /**
   * Formats a coordinate with at most {@code decimals} decimals, no exponent and no locale: shorter
   * output that does not change with floating-point noise in the last digits.
   */
  static String fixed(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return "0";
    }
    long scale = 1;
    for (int i = 0; i < decimals; i++) {
      scale *= 10;
    }
    // Far outside any canvas; clamping keeps the arithmetic below clear of overflow.
    double clamped = Math.max(-1e9, Math.min(1e9, value));
    long scaled = Math.round(clamped * scale);
    if (scaled == 0) {
      return "0";
    }
    StringBuilder out = new StringBuilder();
    if (scaled < 0) {
      out.append('-');
      scaled = -scaled;
    }
    out.append(scaled / scale);
    long fraction = scaled % scale;
    if (fraction != 0) {
      String digits = Long.toString(fraction + scale).substring(1);
      int last = digits.length();
      while (digits.charAt(last - 1) == '0') {
        last--;
      }
      out.append('.').append(digits, 0, last);
    }
    return out.toString();
  }
}
