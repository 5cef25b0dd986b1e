package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.Rule;
import java.util.List;
import java.util.Set;

/** Row-level helpers the table readers share: totals rows, cost cells, result places, findings about columns. */
final class TableRows {

  private TableRows() {}

  /** A totals row: its first cell, date cell or last non-blank cell says Total, Totals or Grand total. */
  static boolean isTotalsRow(ExportRows rows, int dateColumn) {
    if (rows.size() == 0) {
      return false;
    }
    if (ExportCells.isTotal(rows.cell(0)) || (dateColumn >= 0 && ExportCells.isTotal(rows.cellOrEmpty(dateColumn)))) {
      return true;
    }
    for (int i = rows.size() - 1; i >= 0; i--) {
      if (!rows.cell(i).isBlank()) {
        return ExportCells.isTotal(rows.cell(i));
      }
    }
    return false;
  }

  /** A row's cells joined again, as the text of a title or preamble line. */
  static String joined(ExportRows rows) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      String c = rows.cell(i).strip();
      if (!c.isEmpty()) {
        if (s.length() > 0) {
          s.append(", ");
        }
        s.append(c);
      }
    }
    return s.toString();
  }

  /** A hint for a header that is one cell holding semicolons: an export written for a language with decimal commas. */
  static String delimiterHint(Header first) {
    if (first != null && first.width() == 1 && first.name(0).indexOf(';') >= 0) {
      return ". Its cells seem to be separated by ';', as exports in languages with a decimal comma are: export it with "
          + "the platform's language set to English, which writes commas between cells and decimal points";
    }
    return "";
  }

  /** The cost in a row's cost cell: NaN when it has none, or a bad or negative one (reported). */
  static double cost(ExportRows rows, int i, String column, ImportRun run) {
    Double value = RowChecks.number(rows, i, column, Set.of(), run.file, run.diagnostics);
    if (value == null) {
      return Double.NaN;
    }
    if (value < 0) {
      run.diagnostics.report(
          Rule.INVALID_VALUE,
          RowChecks.at(rows, i, run.file),
          "column " + column + " is the import's cost and must be 0 or more, not '" + ExportCells.shown(rows.cell(i))
              + "'; the row's cost is not recorded");
      return Double.NaN;
    }
    return value;
  }

  /** Records where a field of a result was read. */
  static void place(int[] places, Result.Field field, ExportRows rows, int i) {
    boolean inRow = i < rows.size();
    places[field.ordinal() * 2] = inRow ? rows.line(i) : rows.recordLine();
    places[field.ordinal() * 2 + 1] = inRow ? rows.column(i) : i + 1;
  }

  /** The warning for a mapped column that gave no value in any row the import read. */
  static void reportEmpty(ImportRun run, ImportSpec.Mapping entry, String column) {
    run.diagnostics.report(
        Rule.EMPTY_EXPORT_COLUMN,
        entry.at(),
        "column " + column + " of " + run.what() + " holds no value in any row the import reads, so metric '"
            + entry.target().id() + "' gets nothing from it; check the export's date range and filters, or remove the mapping",
        null,
        List.of(io.github.socialstrategy.core.model.Location.of(run.file)));
  }
}
