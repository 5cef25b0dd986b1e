package io.github.socialstrategy.core.validate;

import java.util.Locale;

/** How findings write numbers: fixed, locale-independent forms. */
final class Texts {

  private Texts() {}

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", v);
  }

  static String points(double v) {
    return String.format(Locale.ROOT, "%.1f", Math.abs(v));
  }

  static String signed(double v) {
    return String.format(Locale.ROOT, "%+.1f%%", v);
  }

  static String whole(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }
}
