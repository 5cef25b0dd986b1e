package io.github.socialstrategy.core.render.chart;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Number and date formats for charts and their tables, fixed to {@link Locale#ROOT} so output never
 * depends on the machine: {@code 12,345}, {@code 42.3%}, {@code 2026-03-31}.
 */
final class ChartFormat {

  /** Values beyond this magnitude are tabulated but not plotted (axes can't span them sensibly). */
  static final double MAX_PLOTTABLE = 1e15;

  /** What a table cell shows for a value that is missing or not a number. */
  static final String MISSING = "n/a";

  private ChartFormat() {}

  /** Whether a value can be drawn: finite and of a sensible magnitude. */
  static boolean plottable(double value) {
    return Double.isFinite(value) && Math.abs(value) <= MAX_PLOTTABLE;
  }

  /** A new decimal format for {@code pattern} with root-locale symbols, rounding half up. */
  static DecimalFormat decimal(String pattern) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }

  /** Axis and item-label format for percentages: {@code 42.3%}. */
  static NumberFormat percentFormat() {
    return decimal("#,##0.#'%'");
  }

  /** Axis and item-label format for plain quantities: {@code 12,345.67}. */
  static NumberFormat numberFormat() {
    return decimal("#,##0.##");
  }

  /** Axis and item-label format for whole amounts: {@code 12,345}. */
  static NumberFormat integerFormat() {
    return decimal("#,##0");
  }

  static String integer(double value) {
    return format(value, integerFormat());
  }

  static String number(double value) {
    return format(value, numberFormat());
  }

  static String percent(double value) {
    return format(value, percentFormat());
  }

  static String money(double value) {
    return format(value, integerFormat());
  }

  static String date(LocalDate date) {
    return date == null ? MISSING : date.toString();
  }

  private static String format(double value, NumberFormat format) {
    if (!Double.isFinite(value)) {
      return MISSING;
    }
    if (Math.abs(value) >= MAX_PLOTTABLE) {
      String suffix = format.format(1).endsWith("%") ? "%" : "";
      return decimal("0.##E0").format(value) + suffix;
    }
    String text = format.format(value);
    // "-0" and "-0.0%" are rounding artefacts of tiny negatives, not information.
    return text.matches("-0(\\.0*)?%?") ? text.substring(1) : text;
  }
}
