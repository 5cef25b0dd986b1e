package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.SourceFile;

/** Checks shared by the readers: a row's width, and a number cell. */
final class RowChecks {

  private RowChecks() {}

  /**
   * Whether a row fits its header: at least as many cells, and nothing but blank cells beyond it (some
   * exports end rows with a comma). Reports the row otherwise.
   */
  static boolean width(CsvRecords csv, int width, SourceFile file, Diagnostics diagnostics) {
    boolean fits = csv.size() >= width;
    for (int i = width; fits && i < csv.size(); i++) {
      fits = csv.cell(i).isBlank();
    }
    if (!fits) {
      diagnostics.report(
          Rule.YAML_SYNTAX,
          new Location(file, csv.recordLine(), 1),
          "not valid CSV: this row has " + csv.size() + " cells but the header has " + width
              + "; every row needs one cell per column (is a comma inside a cell that is not quoted?). The row is skipped");
    }
    return fits;
  }

  /** The number in a cell; null when the cell holds none (empty, {@code -}) or a bad one (reported). */
  static Double number(CsvRecords csv, int i, String column, SourceFile file, Diagnostics diagnostics) {
    String text = csv.cell(i);
    if (ExportCells.isAbsent(text)) {
      return null;
    }
    Double value = ExportCells.number(text);
    if (value == null) {
      diagnostics.report(
          Rule.INVALID_VALUE,
          new Location(file, csv.line(i), csv.column(i)),
          "column '" + column + "' must hold a number such as 1200, \"15,000\" or 4.5% (or be empty or '-' for none), not '"
              + ExportCells.shown(text) + "'");
    }
    return value;
  }
}
