package io.github.socialstrategy.core.render.json;

import java.util.Locale;

/**
 * JSON string literals as every JSON file of the plugin writes them: escaped so that the text is also safe inside
 * an HTML page ({@code <} as {@code \u003c}) and inside JavaScript (U+2028 and U+2029 escaped).
 */
public final class JsonStrings {

  private JsonStrings() {}

  /** Appends {@code s} as a quoted, escaped JSON string. */
  public static void append(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<' -> out.append("\\u003c"); // safe to embed in HTML
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
