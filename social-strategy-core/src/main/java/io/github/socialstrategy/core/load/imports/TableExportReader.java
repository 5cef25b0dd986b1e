package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.ScopeKind;
import io.github.socialstrategy.core.model.SourceFile;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An export that is one table: a header row naming the columns (found by name, never by position), then one
 * row per post, video or day, each with a date. What differs between platforms is how the header is found,
 * which column holds the date, and which rows are not data; the rest is here:
 *
 * <ul>
 *   <li>a header without the format's date column is not this format: an error listing the columns expected
 *       and found, and nothing is read;
 *   <li>a mapped column the header lacks is an error (with a "did you mean" hint); the other columns are
 *       still read;
 *   <li>a totals row (its first cell, its date cell or its last non-blank cell says {@code Total},
 *       {@code Totals} or {@code Grand total}) is skipped, so nothing is counted twice;
 *   <li>a row with fewer cells than the header, or with text beyond it, is an error and is skipped;
 *   <li>a row with a bad date is an error and is skipped; a bad number is an error and only that cell is
 *       skipped; empty and {@code -} cells are no value;
 *   <li>values are summed per date and metric (see {@link Sums}), scoped as the import says.
 * </ul>
 */
abstract class TableExportReader implements ExportReader {

  private final CsvRecords.Opener opener;

  TableExportReader(CsvRecords.Opener opener) {
    this.opener = opener;
  }

  /** The format's name as imports write it. */
  abstract String format();

  /** The columns this format's exports have, for the message when a file does not look like one. */
  abstract String expectedColumns();

  /** The index of the column that dates each row, or -1 when the header is not this format's. */
  abstract int dateColumn(Header header);

  /** Whether rows before the header are allowed (and skipped). */
  boolean headerMayComeLater() {
    return false;
  }

  /** For a column name (normalized), the other names the export may give it. */
  Map<String, List<String>> aliases() {
    return Map.of();
  }

  /** Whether the first row after the header describes the columns instead of holding data. */
  boolean isDescriptionRow(CsvRecords csv, int dateColumn) {
    return false;
  }

  @Override
  public final void read(SourceFile file, ImportSpec spec, Diagnostics diagnostics, List<Result> out) throws IOException {
    Sums sums = new Sums();
    try (CsvRecords csv = opener.open(file)) {
      readTable(file, spec, csv, diagnostics, sums);
    } catch (CsvRecords.UnreadableException e) {
      diagnostics.report(Rule.YAML_SYNTAX, new Location(file, e.line(), e.column()), e.getMessage());
    }
    sums.emit(file, out);
  }

  private void readTable(SourceFile file, ImportSpec spec, CsvRecords csv, Diagnostics diagnostics, Sums sums)
      throws IOException, CsvRecords.UnreadableException {
    Header header = null;
    Header first = null;
    while (csv.next()) {
      if (csv.isBlank()) {
        continue;
      }
      Header candidate = Header.of(csv);
      if (first == null) {
        first = candidate;
      }
      if (dateColumn(candidate) >= 0) {
        header = candidate;
        break;
      }
      if (!headerMayComeLater()) {
        break;
      }
    }
    if (header == null) {
      diagnostics.report(
          Rule.MISSING_FIELD,
          new Location(file, first == null ? 1 : first.line(), 1),
          (first == null ? "the file is empty, so it" : "the file") + " does not look like a " + format()
              + " export: expected columns " + expectedColumns() + "; found: " + (first == null ? "(none)" : first.shown())
              + ". Check the import's 'format', or export the file again from the platform");
      return;
    }
    int dateColumn = dateColumn(header);
    ColumnMapping mapping = ColumnMapping.of(spec, aliases(), diagnostics);
    List<ColumnMapping.Column> columns = mapping.resolve(header, "this " + format() + " export", file, diagnostics);
    if (columns.isEmpty()) {
      return;
    }
    ScopeKind scopeKind = spec.scope() == null ? null : spec.scope().kind();
    String scopeId = spec.scope() == null ? null : spec.scope().target().id();
    boolean firstRow = true;
    while (csv.next()) {
      if (csv.isBlank()) {
        continue;
      }
      boolean wasFirst = firstRow;
      firstRow = false;
      if (isTotalsRow(csv, dateColumn) || (wasFirst && isDescriptionRow(csv, dateColumn))) {
        continue;
      }
      if (!RowChecks.width(csv, header.width(), file, diagnostics)) {
        continue;
      }
      String dateText = csv.cell(dateColumn);
      LocalDate date = ExportCells.date(dateText);
      if (date == null) {
        diagnostics.report(
            Rule.INVALID_VALUE,
            new Location(file, csv.line(dateColumn), csv.column(dateColumn)),
            "column '" + header.name(dateColumn) + "' must hold a date such as 2026-07-14, 07/14/2026 or Jul 14, 2026, not '"
                + ExportCells.shown(dateText) + "'; the row is skipped");
        continue;
      }
      for (ColumnMapping.Column c : columns) {
        Double value = RowChecks.number(csv, c.index(), c.name(), file, diagnostics);
        if (value != null) {
          sums.add(date, c.metric(), scopeKind, scopeId, value, csv.line(c.index()), csv.column(c.index()));
        }
      }
    }
  }

  /** A totals row: its first cell, date cell or last non-blank cell says Total, Totals or Grand total. */
  static boolean isTotalsRow(CsvRecords csv, int dateColumn) {
    if (csv.size() == 0) {
      return false;
    }
    if (ExportCells.isTotal(csv.cell(0)) || (dateColumn >= 0 && dateColumn < csv.size() && ExportCells.isTotal(csv.cell(dateColumn)))) {
      return true;
    }
    for (int i = csv.size() - 1; i >= 0; i--) {
      if (!csv.cell(i).isBlank()) {
        return ExportCells.isTotal(csv.cell(i));
      }
    }
    return false;
  }
}
