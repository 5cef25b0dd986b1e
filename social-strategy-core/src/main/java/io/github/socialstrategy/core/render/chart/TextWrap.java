package io.github.socialstrategy.core.render.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps labels for SVG drawn without AWT, using an estimate of DejaVu Sans advance widths (the
 * widest of the fonts the SVG asks for), so text stays inside its box wherever it is shown.
 */
final class TextWrap {

  private static final String ELLIPSIS = "\u2026";

  private TextWrap() {}

  /** Estimated width of {@code text} at {@code size} px. */
  static double width(String text, double size) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      em += advance(cp);
    }
    return em * size;
  }

  private static double advance(int cp) {
    if ("il.,:;'|!".indexOf(cp) >= 0) {
      return 0.30;
    }
    if ("fjrtI()[] -/".indexOf(cp) >= 0) {
      return 0.40;
    }
    if ("mwMW@%".indexOf(cp) >= 0) {
      return 0.95;
    }
    if (Character.isUpperCase(cp) || Character.isDigit(cp)) {
      return 0.70;
    }
    if (cp < 0x2E80) {
      return 0.62;
    }
    return 1.0; // CJK and other wide scripts
  }

  /**
   * Breaks {@code text} into at most {@code maxLines} lines no wider than {@code maxWidth} px at
   * {@code size} px; the last line ends with an ellipsis when text had to be left out.
   */
  static List<String> wrap(String text, double maxWidth, double size, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] words = text.split(" ");
    int w = 0;
    while (w < words.length && lines.size() < maxLines) {
      String word = words[w];
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, size) <= maxWidth) {
        line.setLength(0);
        line.append(candidate);
        w++;
      } else if (line.length() == 0) {
        // A single word wider than the line: break it.
        int cut = fit(word, maxWidth, size);
        lines.add(word.substring(0, cut));
        words[w] = word.substring(cut);
      } else {
        lines.add(line.toString());
        line.setLength(0);
      }
    }
    if (line.length() > 0 && lines.size() < maxLines) {
      lines.add(line.toString());
      line.setLength(0);
    }
    boolean cut = w < words.length || line.length() > 0;
    if (cut && !lines.isEmpty()) {
      String last = lines.get(lines.size() - 1);
      while (!last.isEmpty() && width(last + ELLIPSIS, size) > maxWidth) {
        last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
      }
      lines.set(lines.size() - 1, last.stripTrailing() + ELLIPSIS);
    }
    return lines;
  }

  /** How many chars of {@code word} fit in {@code maxWidth}; at least one code point. */
  private static int fit(String word, double maxWidth, double size) {
    int end = word.offsetByCodePoints(0, 1);
    while (end < word.length()) {
      int next = word.offsetByCodePoints(end, 1);
      if (width(word.substring(0, next), size) > maxWidth) {
        break;
      }
      end = next;
    }
    return end;
  }
}
