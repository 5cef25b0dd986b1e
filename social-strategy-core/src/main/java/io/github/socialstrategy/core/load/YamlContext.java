package io.github.socialstrategy.core.load;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.SourceFile;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** One YAML file being read: its text (for positions inside Markdown values) and where findings go. */
final class YamlContext {

  final SourceFile file;
  final String text;
  final Diagnostics diagnostics;
  private int[] lineStarts;

  YamlContext(SourceFile file, String text, Diagnostics diagnostics) {
    this.file = file;
    this.text = text;
    this.diagnostics = diagnostics;
  }

  Location at(Node node) {
    return at(node.getStartMark());
  }

  Location at(Mark mark) {
    return mark == null ? Location.of(file) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** The place of the code point at a 0-based index of {@link #text} (columns count code points). */
  Location atCodePoint(int index) {
    if (lineStarts == null) {
      lineStarts = lineStarts(text);
    }
    int offset;
    try {
      offset = text.offsetByCodePoints(0, index);
    } catch (IndexOutOfBoundsException e) {
      offset = text.length();
    }
    int line = java.util.Arrays.binarySearch(lineStarts, offset);
    if (line < 0) {
      line = -line - 2;
    }
    return new Location(file, line + 1, text.codePointCount(lineStarts[line], offset) + 1);
  }

  /** The offset in {@link #text} of a 0-based line and column (columns count code points). */
  int offset(int line, int column) {
    if (lineStarts == null) {
      lineStarts = lineStarts(text);
    }
    if (line >= lineStarts.length) {
      return text.length();
    }
    int start = lineStarts[line];
    try {
      return text.offsetByCodePoints(start, column);
    } catch (IndexOutOfBoundsException e) {
      return Math.min(text.length(), start + column);
    }
  }

  static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (isBreak(text, i)) {
        count++;
      }
    }
    int[] starts = new int[count];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (isBreak(text, i)) {
        starts[n++] = i + 1;
      }
    }
    return starts;
  }

  // A line ends at \n, or at a \r not followed by \n, as YAML counts lines.
  private static boolean isBreak(String text, int i) {
    char c = text.charAt(i);
    return c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
  }
}
