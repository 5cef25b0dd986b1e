package io.github.socialstrategy.core.load;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character reader over a text already in memory, in linear time.
 *
 * <p>SnakeYAML's own {@link StreamReader} reads 1,024 characters at a time and, each time, copies every
 * character not yet consumed into a new window. A scalar is consumed only once its end is found, so a
 * value of n characters without a space (a pasted blob, a minified table, a long URL) is copied n / 1,024
 * times: quadratic, 2 MB took seconds and 20 MB would take minutes. The file is already decoded in memory
 * (it must be, for positions inside Markdown values), so this reader holds all its code points at once and
 * never copies. It overrides every public method, so the superclass's own buffer stays unused.
 *
 * <p>It keeps the superclass's semantics: line and column counting (a CR not followed by LF is a line
 * break, a byte-order mark takes no column), {@code '\0'} past the end, and a {@link ReaderException} at
 * the first character YAML does not allow, raised when the scanner reaches it.
 */
final class WholeTextReader extends StreamReader {

  private static final String NAME = "'reader'";

  private final int[] data;
  /** How many code points may be read: up to the first character YAML does not allow, else all. */
  private final int available;
  /** The first character YAML does not allow, or -1. */
  private final int badCodePoint;

  private int pointer;
  private int documentIndex;
  private int line;
  private int column;

  WholeTextReader(String text) {
    super(new StringReader(""));
    this.data = text.codePoints().toArray();
    int bad = -1;
    for (int i = 0; i < data.length; i++) {
      if (!isPrintable(data[i])) {
        bad = i;
        break;
      }
    }
    this.available = bad < 0 ? data.length : bad;
    this.badCodePoint = bad < 0 ? -1 : data[bad];
  }

  /** True when the code point {@code size} ahead can be read; throws once the scanner reaches a bad one. */
  private boolean has(int size) {
    int at = pointer + size;
    if (at < available) {
      return true;
    }
    if (badCodePoint >= 0) {
      throw new ReaderException(NAME, available, badCodePoint, "special characters are not allowed");
    }
    return false;
  }

  @Override
  public Mark getMark() {
    return new Mark(NAME, pointer, line, column, data, pointer);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && has(0); i++) {
      int c = data[pointer++];
      documentIndex++;
      if (Constant.LINEBR.has(c) || (c == '\r' && has(0) && data[pointer] != '\n')) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return has(0) ? data[pointer] : '\0';
  }

  @Override
  public int peek(int index) {
    return has(index) ? data[pointer + index] : '\0';
  }

  @Override
  public String prefix(int length) {
    if (length == 0) {
      return "";
    }
    if (has(length)) {
      return new String(data, pointer, length);
    }
    return new String(data, pointer, Math.min(length, available - pointer));
  }

  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    pointer += length;
    documentIndex += length;
    column += length;
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return pointer;
  }

  @Override
  public int getLine() {
    return line;
  }
}
