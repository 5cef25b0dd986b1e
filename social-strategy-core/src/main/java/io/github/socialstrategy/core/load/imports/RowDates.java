package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Period;
import io.github.socialstrategy.core.model.Rule;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * How the rows of one table are dated. A table with a date column is dated per row (also a date written
 * without a year, given the range the export covers; or an Excel serial number in a workbook). A table
 * without one holds totals over a range and is dated at its end: the import's {@code date}, else its
 * {@code period}, else a range the export states above its header or in its file or folder name. When none
 * is known, the import is told which line to add, once, and nothing of the table is read.
 */
final class RowDates {

  private final ImportRun run;
  private final Header header;
  private final int dateColumn;
  private final int endColumn;
  private final Period range;
  private final LocalDate fixed;
  private boolean yearReported;
  private boolean refusedAny;

  private RowDates(ImportRun run, Header header, int dateColumn, int endColumn, Period range, LocalDate fixed) {
    this.run = run;
    this.header = header;
    this.dateColumn = dateColumn;
    this.endColumn = endColumn;
    this.range = range;
    this.fixed = fixed;
  }

  /** The dating of a table, or null when its rows cannot be dated (reported). */
  static RowDates of(TableFormat format, Header header, List<String> preamble, ImportRun run) {
    int dateColumn = header.findAny(format.dateColumns());
    int endColumn = dateColumn >= 0 ? -1 : header.findAny(format.rangeEndColumns());
    Period range = run.spec.period() != null && run.spec.period().isValid() ? run.spec.period() : stated(preamble, run);
    LocalDate fixed = run.spec.date() != null ? run.spec.date() : range == null ? null : range.end();
    if (dateColumn < 0 && endColumn < 0 && fixed == null) {
      reportUndated(run, ColumnMapping.headerAt(run, header));
      return null;
    }
    return new RowDates(run, header, dateColumn, endColumn, range, fixed);
  }

  /** The range an export states: above its header, else in its file name, else in its folder's name. */
  static Period stated(List<String> preamble, ImportRun run) {
    Period p = DateRanges.in(preamble);
    if (p == null) {
      p = DateRanges.inName(run.file.path().getFileName().toString());
    }
    if (p == null && run.file.path().getParent() != null) {
      p = DateRanges.inName(run.file.path().getParent().getFileName().toString());
    }
    return p;
  }

  static void reportUndated(ImportRun run, Location header) {
    run.diagnostics.report(
        Rule.MISSING_FIELD,
        run.spec.at(),
        run.what() + " has no date per row: its rows are totals over the range the export covers, and neither the export "
            + "nor its file name says which range. Add the line 'period: { start: 2026-07-01, end: 2026-09-30 }' to the import, "
            + "with the first and last day the export covers (or 'date: 2026-09-30' for one date); its rows are then dated at "
            + "the range's end",
        null,
        List.of(header));
  }

  /** Whether some row's date was refused (reported). */
  boolean refusedAny() {
    return refusedAny;
  }

  /** The column that dates rows, or -1. */
  int column() {
    return dateColumn >= 0 ? dateColumn : endColumn;
  }

  /** The date of the current row; null when it has none (reported, the row is skipped). */
  LocalDate of(ExportRows rows) {
    int c = column();
    if (c < 0) {
      return fixed;
    }
    String text = rows.cellOrEmpty(c);
    if (ExportCells.isAbsent(text)) {
      if (fixed != null) {
        return fixed;
      }
      refusedAny = true;
      run.diagnostics.report(
          Rule.MISSING_FIELD,
          RowChecks.at(rows, c, run.file),
          "this row has no date in column " + header.describe(c) + "; the row is skipped");
      return null;
    }
    LocalDate date = ExportCells.date(text);
    if (date == null && rows.isWorkbook()) {
      date = ExportCells.serial(text);
    }
    if (date == null) {
      Period cellRange = DateRanges.cell(text);
      date = cellRange == null ? null : cellRange.end();
    }
    if (date == null) {
      MonthDay day = ExportCells.monthDay(text);
      if (day != null) {
        date = yearless(rows, c, day);
        refusedAny |= date == null;
        return date;
      }
      refusedAny = true;
      run.diagnostics.report(
          Rule.INVALID_VALUE,
          RowChecks.at(rows, c, run.file),
          "column " + header.describe(c) + " must hold a date such as 2026-07-14, 07/14/2026 or Jul 14, 2026, not '"
              + ExportCells.shown(text) + "'; the row is skipped");
    }
    return date;
  }

  /** A date without a year, placed in the range the export covers; without one, reported once. */
  private LocalDate yearless(ExportRows rows, int c, MonthDay day) {
    if (range != null) {
      for (int year = range.end().getYear(); year >= range.start().getYear(); year--) {
        if (day.isValidYear(year) && range.contains(day.atYear(year))) {
          return day.atYear(year);
        }
      }
      return day.isValidYear(range.end().getYear()) ? day.atYear(range.end().getYear()) : null;
    }
    if (!yearReported) {
      yearReported = true;
      run.diagnostics.report(
          Rule.MISSING_FIELD,
          RowChecks.at(rows, c, run.file),
          "column " + header.describe(c) + " writes dates without a year ('" + ExportCells.shown(rows.cellOrEmpty(c))
              + "'), so the year must come from the range the export covers: add 'period: { start: ..., end: ... }' with its "
              + "first and last day to the import of '" + run.spec.file() + "'; rows without a year are skipped",
          null,
          List.of(run.spec.at()));
    }
    return null;
  }
}
