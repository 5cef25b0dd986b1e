package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.SourceFile;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;

/**
 * The rows of an export, one at a time, each cell with the place a person can find it: for a CSV file the
 * 1-based line and character column (as editors count), for a workbook sheet the row number and the column
 * number ({@code C12} is line 12, column 3). Text files come from the loader's strict, position-keeping CSV
 * parser; workbooks from {@link XlsxRows} and {@link XlsRows}. Cells are text as the export shows it: a
 * workbook's dates become {@code 2026-07-14}, its percentages {@code 4.5%}.
 */
public interface ExportRows extends Closeable {

  /** Opens a text file as CSV rows (supplied by the loader, whose parser keeps every cell's place). */
  @FunctionalInterface
  interface Opener {
    /**
     * @param charset UTF-8, or UTF-16 for a file that starts with a UTF-16 byte-order mark
     * @param delimiter the character between cells
     */
    ExportRows open(SourceFile file, Charset charset, char delimiter) throws IOException;
  }

  /**
   * The file cannot be read: it is not in its encoding, not CSV at all (a quoted cell never closed, a
   * character after a closing quote, a cell too long), or a workbook beyond a limit. Reported with rule
   * {@code yaml-syntax} at the place given; the rows read before it still count.
   */
  final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    /** @param message the whole message, saying what to do */
    public UnreadableException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }
  }

  /** Reads the next row; false at the end. */
  boolean next() throws IOException, UnreadableException;

  /** The number of cells in the current row. */
  int size();

  /** A cell of the current row, as written (unquoted). */
  String cell(int i);

  /** The line (or sheet row) a cell starts on. */
  int line(int i);

  /** The column a cell starts at. */
  int column(int i);

  /** The line (or sheet row) the current row starts on. */
  int recordLine();

  /**
   * Whether the rows come from a workbook sheet: a row may then end before the header's last column (empty
   * trailing cells are not stored), and a date may be a bare serial number.
   */
  default boolean isWorkbook() {
    return false;
  }

  /** A cell, or an empty one past the row's end. */
  default String cellOrEmpty(int i) {
    return i < size() ? cell(i) : "";
  }

  /** Whether every cell of the current row is blank (an empty line, or only delimiters). */
  default boolean isBlank() {
    for (int i = 0; i < size(); i++) {
      if (!cell(i).isBlank()) {
        return false;
      }
    }
    return true;
  }
}
