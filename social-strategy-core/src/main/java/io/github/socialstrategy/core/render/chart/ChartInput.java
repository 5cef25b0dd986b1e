package io.github.socialstrategy.core.render.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Defensive reading of what callers pass to the charts: {@code null} lists are empty, arrays shorter
 * than their labels are padded with "missing", and labels are cleaned for drawing.
 */
final class ChartInput {

  /** Canvas width of every JFreeChart chart. */
  static final int WIDTH = 720;

  /** Height of a chart that only says there is nothing to show. */
  static final int NO_DATA_HEIGHT = 160;

  private ChartInput() {}

  /** Cleaned copies of {@code labels} (see {@link SvgText#clean}); empty for {@code null}. */
  static List<String> labels(List<String> labels) {
    List<String> out = new ArrayList<>();
    if (labels != null) {
      for (String label : labels) {
        out.add(SvgText.clean(label));
      }
    }
    return out;
  }

  /** The first {@code n} values of {@code values}, with {@code NaN} (missing) where there are none. */
  static double[] values(double[] values, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = values != null && i < values.length ? values[i] : Double.NaN;
    }
    return out;
  }

  /** Whether any value of any array can be plotted. */
  static boolean anyPlottable(double[]... arrays) {
    for (double[] values : arrays) {
      for (double v : values) {
        if (ChartFormat.plottable(v)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The height of a chart with one band per row: {@code preferred} px per row while that stays
   * under about 1,100 px, then less, but never under {@code min} px, so long lists grow the chart
   * (the page scrolls) rather than squeezing text.
   */
  static int rowsHeight(int rows, int preferred, int min, int overhead) {
    int perRow = rows == 0 ? preferred : Math.max(min, Math.min(preferred, 1120 / rows));
    return overhead + rows * perRow;
  }
}
