package io.github.socialstrategy.core.render.chart;

/**
 * Text hygiene for SVG output: plan text is cleaned of characters XML cannot hold, shortened for
 * display, and escaped before it reaches markup.
 */
final class SvgText {

  private static final String ELLIPSIS = "\u2026";

  private SvgText() {}

  /**
   * Makes plan text safe to draw as one line: {@code null} becomes empty, characters that XML 1.0
   * does not allow are dropped and runs of whitespace (including line breaks) become one space.
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = out.length() > 0;
        continue;
      }
      if (!allowedInXml(cp)) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  private static boolean allowedInXml(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** Shortens {@code text} to at most {@code max} code points, ending with an ellipsis when cut. */
  static String truncate(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, Math.max(0, max - 1));
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /** Escapes text for XML element content and for attribute values in either kind of quotes. */
  static String escape(String text) {
    String clean = text == null ? "" : text;
    StringBuilder out = new StringBuilder(clean.length() + 16);
    for (int i = 0; i < clean.length(); ) {
      int cp = clean.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (allowedInXml(cp)) {
            out.appendCodePoint(cp);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Turns a caller's chart id into one that is safe as an XML id and an id prefix: ASCII letters,
   * digits, {@code -} and {@code _}, starting with a letter; {@code "chart"} when nothing is left.
   */
  static String safeId(String id) {
    StringBuilder out = new StringBuilder();
    String raw = id == null ? "" : id;
    for (int i = 0; i < raw.length() && out.length() < 64; i++) {
      char c = raw.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      out.append(ok ? c : '-');
    }
    if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
      out.insert(0, "chart-");
    }
    return out.toString();
  }
}
