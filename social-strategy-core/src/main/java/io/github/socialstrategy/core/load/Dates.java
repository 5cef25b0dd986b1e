package io.github.socialstrategy.core.load;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Parses {@code YYYY-MM-DD} dates, and nothing else. */
final class Dates {

  private Dates() {}

  /** The date, or null when the text is not a real date written {@code YYYY-MM-DD}. */
  static LocalDate parse(String text) {
    String s = text.trim();
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 7);
    int d = digits(s, 8, 10);
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
