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
    return whole(v);
  }

  /**
   * {@code String.format(Locale.ROOT, "%,.0f", v)}, without the Formatter for values below 10^15: pages show
   * tens of thousands of counts and sums. The formatter rounds the shortest decimal of the double half up
   * (away from zero); below 2^52 a double at exactly .5 is that decimal and any other rounds the same way
   * its exact value does, so rounding the exact value (whose fraction {@code a - floor(a)} is exact) gives
   * the same digits.
   */
  static String whole(double v) {
    double a = Math.abs(v);
    if (!(a < 1e15)) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    long t = (long) a;
    long r = a - t >= 0.5 ? t + 1 : t;
    boolean negative = v < 0 || (v == 0 && 1 / v < 0);
    String digits = Long.toString(r);
    int n = digits.length();
    StringBuilder out = new StringBuilder(n + n / 3 + 1);
    if (negative) {
      out.append('-');
    }
    for (int i = 0; i < n; i++) {
      if (i > 0 && (n - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  /** {@code 12,345.5} with at most the decimals needed (up to 2). */
  public static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "–";
    }
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return whole(v);
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
