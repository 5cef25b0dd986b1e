package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.SourceFile;
import java.io.Closeable;
import java.io.IOException;

/**
 * The records of a CSV file, one at a time, with the 1-based line and column of every cell. The loader
 * supplies it (over its strict UTF-8, position-keeping CSV parser), so every format reads exports the same
 * way results tables are read: quoted cells with commas, doubled quotes and line breaks, CRLF or LF line
 * ends, a leading byte-order mark dropped.
 */
public interface CsvRecords extends Closeable {

  /** Opens a file as CSV records. */
  @FunctionalInterface
  interface Opener {
    CsvRecords open(SourceFile file) throws IOException;
  }

  /**
   * The file cannot be read as CSV: it is not UTF-8, or not CSV at all (a quoted cell never closed, a
   * character after a closing quote, a cell too long). Reported with rule {@code yaml-syntax}.
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

  /** Reads the next record; false at the end of the file. */
  boolean next() throws IOException, UnreadableException;

  /** The number of cells in the current record. */
  int size();

  /** A cell of the current record, as written (unquoted). */
  String cell(int i);

  /** The line a cell starts on. */
  int line(int i);

  /** The column a cell starts at. */
  int column(int i);

  /** The line the current record starts on. */
  int recordLine();

  /** Whether every cell of the current record is blank (an empty line, or only commas). */
  default boolean isBlank() {
    for (int i = 0; i < size(); i++) {
      if (!cell(i).isBlank()) {
        return false;
      }
    }
    return true;
  }
}
