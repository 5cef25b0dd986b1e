package io.github.socialstrategy.core.load;

/**
 * Parses plain decimal numbers; rejects what {@link Double#parseDouble} would accept but a user did not mean.
 */
public final class Numbers {

  private Numbers() {}

  /** A decimal such as {@code -12}, {@code 3.5}, {@code 1e6}; null for anything else (NaN, hex, "15,000"). */
  static Double parse(String text) {
    return plain(text);
  }

  /**
   * A plain decimal, as plan files and results tables write numbers ({@code -12}, {@code 3.5}, {@code 1e6},
   * surrounding spaces ignored): no separators, signs of currency or percent, no NaN or hex; at most 10^15
   * in magnitude. Null for anything else. The one number scanner of YAML values, results tables and exports.
   *
   * @param text the text of a value or cell
   * @return the number, or null when the text is not a plain decimal
   */
  public static Double plain(String text) {
    // Written out rather than a regular expression: results tables have millions of these cells.
    String s = text.strip();
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    int digits = 0;
    int fraction = 0;
    long mantissa = 0;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      mantissa = mantissa * 10 + (s.charAt(i) - '0');
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        mantissa = mantissa * 10 + (s.charAt(i) - '0');
        i++;
        digits++;
        fraction++;
      }
    }
    if (digits == 0) {
      return null;
    }
    boolean exponent = false;
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      exponent = true;
      i++;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return null;
      }
    }
    if (i != n) {
      return null;
    }
    double d;
    if (!exponent && digits <= 15) {
      // Both the digits (below 2^53) and the power of ten are exact doubles, so one correctly rounded division
      // gives the double nearest the decimal: what Double.parseDouble gives, without its general machinery.
      double v = fraction == 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction];
      d = negative ? -v : v;
    } else {
      d = Double.parseDouble(s);
    }
    return Double.isFinite(d) && Math.abs(d) <= MAX ? d : null;
  }

  // 10^0 to 10^15, every one exactly a double.
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  /** The largest magnitude accepted: far beyond any budget or count, small enough that sums stay exact and finite. */
  static final double MAX = 1e15;

  /** As {@link #parse}, also allowing YAML's digit separators ({@code 1_000_000}). */
  static Double parseYaml(String text) {
    return parse(text.indexOf('_') < 0 ? text : text.replace("_", ""));
  }
}
