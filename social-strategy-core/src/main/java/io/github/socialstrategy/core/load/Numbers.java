package io.github.socialstrategy.core.load;

/** Parses plain decimal numbers; rejects what {@link Double#parseDouble} would accept but a user did not mean. */
final class Numbers {

  private Numbers() {}

  /** A decimal such as {@code -12}, {@code 3.5}, {@code 1e6}; null for anything else (NaN, hex, "15,000"). */
  static Double parse(String text) {
    String s = text.trim();
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return null;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int exp = 0;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
        exp++;
      }
      if (exp == 0) {
        return null;
      }
    }
    if (i != n) {
      return null;
    }
    double d = Double.parseDouble(s);
    return Double.isFinite(d) && Math.abs(d) <= MAX ? d : null;
  }

  /** The largest magnitude accepted: far beyond any budget or count, small enough that sums stay exact and finite. */
  static final double MAX = 1e15;

  /** As {@link #parse}, also allowing YAML's digit separators ({@code 1_000_000}). */
  static Double parseYaml(String text) {
    return parse(text.indexOf('_') < 0 ? text : text.replace("_", ""));
  }
}
