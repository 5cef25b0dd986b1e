package io.github.socialstrategy.core.load;

import java.util.Locale;

/** The id pattern of the format: {@code [a-z0-9]+(-[a-z0-9]+)*}, at most 64 characters. */
final class Ids {

  static final String RULE = "use lower-case letters and digits in words joined by single dashes, at most 64 characters";

  private Ids() {}

  static boolean isValid(String id) {
    int n = id.length();
    if (n == 0 || n > 64) {
      return false;
    }
    boolean afterDash = true;
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterDash = false;
      } else if (c == '-' && !afterDash) {
        afterDash = true;
      } else {
        return false;
      }
    }
    return !afterDash;
  }

  /** "use 'weekly-video'" for {@code Weekly Video}, or null when no valid id comes out of it. */
  static String suggest(String id) {
    String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 64) {
      s = s.substring(0, 64).replaceAll("-+$", "");
    }
    return isValid(s) ? "use '" + s + "'" : null;
  }
}
