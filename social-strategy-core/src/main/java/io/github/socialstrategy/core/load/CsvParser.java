package io.github.socialstrategy.core.load;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A streaming RFC 4180 CSV parser that knows the line and column of every cell, which general CSV
 * libraries do not expose. The delimiter is a comma unless the reader is given another (exports may use
 * tabs). Quoted cells may hold commas, doubled quotes and line breaks; CRLF, LF and a
 * leading byte-order mark are accepted. One record is held at a time, so a million-row file takes no more
 * memory than its longest row.
 */
final class CsvParser {

  /** Longest cell accepted, in characters: beyond it the file is not a results table. */
  static final int MAX_CELL = 1 << 20;

  /** A CSV syntax error at a 1-based line and column. */
  static final class CsvSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    CsvSyntaxException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  private final Reader in;
  private final char delimiter;
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private boolean first = true;

  private int line = 1;
  private int column = 1;

  private String[] cells = new String[16];
  private int[] cellLines = new int[16];
  private int[] cellColumns = new int[16];
  private int size;
  private int recordLine;
  private final StringBuilder cell = new StringBuilder();
  // Cells read lately, by a hash of their text: repeated cells become one String (see plainCellInBuffer).
  private final String[] recent = new String[4096];

  CsvParser(Reader in) {
    this(in, ',');
  }

  /** @param delimiter the character between cells: a comma, or a tab or semicolon for exports that use one */
  CsvParser(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /** Reads the next record; false at the end of the input. */
  boolean next() throws IOException, CsvSyntaxException {
    size = 0;
    int c = peek();
    if (c < 0) {
      return false;
    }
    recordLine = line;
    while (true) {
      readCell();
      c = read();
      if (c < 0) {
        return true;
      }
      if (c == delimiter) {
        continue;
      }
      if (c == '\r') {
        if (peek() == '\n') {
          read();
        }
        newLine();
        return true;
      }
      if (c == '\n') {
        newLine();
        return true;
      }
      throw new CsvSyntaxException("unexpected character after a quoted cell; a quote inside a quoted cell is written twice (\"\")", line, column - 1);
    }
  }

  private void readCell() throws IOException, CsvSyntaxException {
    cell.setLength(0);
    int startLine = line;
    int startColumn = column;
    int c = peek();
    if (c == '"') {
      read();
      while (true) {
        c = read();
        if (c < 0) {
          throw new CsvSyntaxException("a quoted cell is never closed; add the closing quote", startLine, startColumn);
        }
        if (c == '"') {
          if (peek() == '"') {
            read();
            append('"', startLine, startColumn);
          } else {
            break;
          }
        } else {
          if (c == '\n' || (c == '\r' && peek() != '\n')) {
            newLine();
          }
          append((char) c, startLine, startColumn);
        }
      }
    } else {
      String fast = plainCellInBuffer();
      if (fast != null) {
        store(fast, startLine, startColumn);
        return;
      }
      while ((c = peek()) >= 0 && c != delimiter && c != '\n' && c != '\r') {
        append((char) read(), startLine, startColumn);
      }
    }
    store(cell.toString(), startLine, startColumn);
  }

  /**
   * An unquoted cell that ends inside the read buffer, taken straight from it (a results table's cells all
   * do): no character-by-character copy, and a cell seen a moment ago (a date, a metric, an id) is the same
   * String again, its hash already known. Null, with nothing consumed, when the cell runs past the buffer.
   */
  private String plainCellInBuffer() {
    int start = pos;
    int i = start;
    int hash = 0;
    while (i < limit) {
      char ch = buffer[i];
      if (ch == delimiter || ch == '\n' || ch == '\r') {
        break;
      }
      hash = 31 * hash + ch;
      i++;
    }
    if (i == limit && !eof) {
      return null; // the cell may go on in the next read
    }
    int length = i - start;
    pos = i;
    column += length;
    if (length == 0) {
      return "";
    }
    int slot = (hash ^ (hash >>> 16)) & (recent.length - 1);
    String known = recent[slot];
    if (known != null && known.length() == length) {
      int k = 0;
      while (k < length && known.charAt(k) == buffer[start + k]) {
        k++;
      }
      if (k == length) {
        return known;
      }
    }
    String s = new String(buffer, start, length);
    recent[slot] = s;
    return s;
  }

  private void store(String value, int startLine, int startColumn) {
    if (size == cells.length) {
      cells = Arrays.copyOf(cells, size * 2);
      cellLines = Arrays.copyOf(cellLines, size * 2);
      cellColumns = Arrays.copyOf(cellColumns, size * 2);
    }
    cells[size] = value;
    cellLines[size] = startLine;
    cellColumns[size] = startColumn;
    size++;
  }

  private void append(char c, int startLine, int startColumn) throws CsvSyntaxException {
    if (cell.length() >= MAX_CELL) {
      throw new CsvSyntaxException("a cell is longer than " + MAX_CELL + " characters; this is not a results table", startLine, startColumn);
    }
    cell.append(c);
  }

  private void newLine() {
    line++;
    column = 1;
  }

  private int peek() throws IOException {
    if (pos >= limit && !fill()) {
      return -1;
    }
    return buffer[pos];
  }

  private int read() throws IOException {
    if (pos >= limit && !fill()) {
      return -1;
    }
    column++;
    return buffer[pos++];
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    if (first) {
      first = false;
      if (buffer[0] == '\uFEFF') {
        pos = 1;
        return pos < limit || fill();
      }
    }
    return true;
  }

  /** The number of cells in the current record. */
  int size() {
    return size;
  }

  String cell(int i) {
    return cells[i];
  }

  int line(int i) {
    return cellLines[i];
  }

  int column(int i) {
    return cellColumns[i];
  }

  /** The line the current record starts on. */
  int recordLine() {
    return recordLine;
  }

  /** The line being read (for errors raised by the input itself). */
  int currentLine() {
    return line;
  }

  /** Whether the current record is a blank line. */
  boolean isBlank() {
    return size == 1 && cells[0].isBlank();
  }
}
