package io.github.socialstrategy.core.render;

import java.util.Locale;

/** Number formats of the site: fixed, locale-independent, so output is identical on every machine. */
public final class Format {

  private Format() {}

  /** {@code 12,345} (rounded), or an en dash for no value. */
  public static String count(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "–";
    }
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  /** {@code 12,345.5} with at most the decimals needed (up to 2). */
  public static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "–";
    }
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    String s = String.format(Locale.ROOT, "%,.2f", v);
    return s.replaceAll("0$", "");
  }

  /** {@code 42.3%}. */
  public static String percent(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.1f%%", v);
  }

  /** {@code EUR 12,345}. */
  public static String money(double v, String currency) {
    return (currency == null ? "" : currency + " ") + count(v);
  }

  /** Hours, rounded: {@code 1,234 h}. */
  public static String hours(double v) {
    return count(v) + " h";
  }
}
