package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.SourceFile;
import java.util.Locale;
import java.util.Set;

/** Checks shared by the readers: a row's width, and a number cell. */
final class RowChecks {

  private RowChecks() {}

  /**
   * Whether a row fits its header: at least as many cells, and nothing but blank cells beyond it (some
   * exports end rows with a comma). A workbook row may stop early (its empty trailing cells are not stored).
   * Reports the row otherwise.
   */
  static boolean width(ExportRows rows, int width, SourceFile file, Diagnostics diagnostics) {
    boolean fits = rows.isWorkbook() || rows.size() >= width;
    for (int i = width; fits && i < rows.size(); i++) {
      fits = rows.cell(i).isBlank();
    }
    if (!fits) {
      diagnostics.report(
          Rule.YAML_SYNTAX,
          new Location(file, rows.recordLine(), 1),
          "not valid CSV: this row has " + rows.size() + " cells but the header has " + width
              + "; every row needs one cell per column (is a comma inside a cell that is not quoted?). The row is skipped");
    }
    return fits;
  }

  /**
   * The number in a cell; null when the cell holds none (empty, {@code -}, or one of the format's words for
   * none) or a bad one (reported).
   *
   * @param column how the column is named in the message
   */
  static Double number(ExportRows rows, int i, String column, Set<String> none, SourceFile file, Diagnostics diagnostics) {
    String text = rows.cellOrEmpty(i);
    if (ExportCells.isAbsent(text) || (!none.isEmpty() && none.contains(text.strip().toLowerCase(Locale.ROOT)))) {
      return null;
    }
    Double value = ExportCells.number(text);
    if (value == null) {
      diagnostics.report(
          Rule.INVALID_VALUE,
          at(rows, i, file),
          "column " + column + " must hold a number such as 1200, \"15,000\" or 4.5% (or be empty or '-' for none), not '"
              + ExportCells.shown(text) + "'");
    }
    return value;
  }

  /** The place of a cell, also past a workbook row's end. */
  static Location at(ExportRows rows, int i, SourceFile file) {
    return i < rows.size() ? new Location(file, rows.line(i), rows.column(i)) : new Location(file, rows.recordLine(), i + 1);
  }
}
