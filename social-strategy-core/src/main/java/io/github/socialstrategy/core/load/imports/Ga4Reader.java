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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ga4}: Google Analytics 4 report and exploration downloads. A file holds a preamble of {@code #}
 * comment lines ({@code # Start date: 20260101}, {@code # End date: 20260131}), then one or more tables,
 * each with its own header row ({@code Session default channel group,Sessions}), separated by blank or
 * comment lines; CRLF line ends are the norm.
 *
 * <p><b>Dates.</b> A table with a {@code Date} column ({@code 20260114}) is dated per row. A table without
 * one (broken down by channel, page, country, ...) holds totals for the whole date range: its rows are dated
 * by the {@code # End date:} of the preamble before it, so the period's totals count on its last day. A
 * table without either is an error.
 *
 * <p><b>Several tables.</b> One download often shows the same metric in several tables (sessions by
 * channel, and sessions by date). A mapped column is therefore read from one table only, never added up
 * across tables: the first table with a {@code Date} column that has it, else the first table that has it.
 *
 * <p><b>Totals.</b> Explorations add a {@code Grand total} row whose label sits in the last column (after
 * the metric cells); such rows, and rows labelled {@code Total} first, are skipped.
 *
 * <p>A line whose first cell starts with {@code #} is a comment between tables; inside a table it is one
 * only when it does not fill the table's columns (so a page title such as {@code #1 trail} stays data).
 */
final class Ga4Reader implements ExportReader {

  private static final String WHAT = "this ga4 export";

  /** One table of the file, and the sums of each mapped column it has. */
  private static final class Table {
    final Header header;
    final int dateIndex;
    final LocalDate endDate;
    final Map<ColumnMapping.Entry, Integer> columns = new LinkedHashMap<>();
    final Map<ColumnMapping.Entry, Sums> sums = new HashMap<>();
    boolean usable;

    Table(Header header, int dateIndex, LocalDate endDate) {
      this.header = header;
      this.dateIndex = dateIndex;
      this.endDate = endDate;
    }
  }

  private final CsvRecords.Opener opener;

  Ga4Reader(CsvRecords.Opener opener) {
    this.opener = opener;
  }

  @Override
  public void read(SourceFile file, ImportSpec spec, Diagnostics diagnostics, List<Result> out) throws IOException {
    ColumnMapping mapping = ColumnMapping.of(spec, Map.of(), diagnostics);
    List<Table> tables = new ArrayList<>();
    boolean complete = true;
    try (CsvRecords csv = opener.open(file)) {
      readTables(file, spec, mapping, csv, diagnostics, tables);
    } catch (CsvRecords.UnreadableException e) {
      diagnostics.report(Rule.YAML_SYNTAX, new Location(file, e.line(), e.column()), e.getMessage());
      complete = false;
    }
    if (complete && tables.isEmpty()) {
      diagnostics.report(
          Rule.MISSING_FIELD,
          Location.of(file),
          "the file does not look like a ga4 export: expected '#' preamble lines (# Start date: 20260101, # End date: "
              + "20260131) and tables, each with a header such as 'Session default channel group,Sessions' or 'Date,Sessions'; "
              + "found no table. Check the import's 'format', or download the report again");
      return;
    }
    Sums all = new Sums();
    for (ColumnMapping.Entry e : mapping.entries()) {
      Table chosen = null;
      boolean seen = false;
      for (Table t : tables) {
        if (!t.columns.containsKey(e)) {
          continue;
        }
        seen = true;
        if (t.usable && (chosen == null || (chosen.dateIndex < 0 && t.dateIndex >= 0))) {
          chosen = t;
        }
      }
      if (chosen != null) {
        all.addAll(chosen.sums.get(e));
      } else if (!seen && complete) {
        mapping.reportMissing(e, WHAT, names(tables), found(tables), new Location(file, tables.get(0).header.line(), 1), diagnostics);
      }
    }
    all.emit(file, out);
  }

  private static void readTables(
      SourceFile file, ImportSpec spec, ColumnMapping mapping, CsvRecords csv, Diagnostics diagnostics, List<Table> tables)
      throws IOException, CsvRecords.UnreadableException {
    ScopeKind scopeKind = spec.scope() == null ? null : spec.scope().kind();
    String scopeId = spec.scope() == null ? null : spec.scope().target().id();
    LocalDate endDate = null;
    Table table = null;
    while (csv.next()) {
      if (csv.isBlank()) {
        table = null;
        continue;
      }
      if (isComment(csv, table)) {
        table = null;
        String text = comment(csv);
        int colon = text.indexOf(':');
        if (colon > 0 && text.substring(0, colon).strip().equalsIgnoreCase("end date")) {
          String value = text.substring(colon + 1).strip();
          endDate = ExportCells.date(value);
          if (endDate == null) {
            diagnostics.report(
                Rule.INVALID_VALUE,
                new Location(file, csv.line(0), csv.column(0)),
                "the preamble's end date must be a date such as 20260131, not '" + ExportCells.shown(value) + "'");
          }
        }
        continue;
      }
      if (table == null) {
        table = newTable(file, Header.of(csv), endDate, mapping, diagnostics);
        tables.add(table);
        continue;
      }
      if (!table.usable || TableExportReader.isTotalsRow(csv, table.dateIndex)) {
        continue;
      }
      if (!RowChecks.width(csv, table.header.width(), file, diagnostics)) {
        continue;
      }
      LocalDate date = table.endDate;
      if (table.dateIndex >= 0) {
        String text = csv.cell(table.dateIndex);
        date = ExportCells.date(text);
        if (date == null) {
          diagnostics.report(
              Rule.INVALID_VALUE,
              new Location(file, csv.line(table.dateIndex), csv.column(table.dateIndex)),
              "column '" + table.header.name(table.dateIndex) + "' must hold a date such as 20260114, not '"
                  + ExportCells.shown(text) + "'; the row is skipped");
          continue;
        }
      }
      for (Map.Entry<ColumnMapping.Entry, Integer> c : table.columns.entrySet()) {
        int i = c.getValue();
        Double value = RowChecks.number(csv, i, table.header.name(i), file, diagnostics);
        if (value != null) {
          table.sums.get(c.getKey()).add(date, c.getKey().metric().id(), scopeKind, scopeId, value, csv.line(i), csv.column(i));
        }
      }
    }
  }

  private static Table newTable(SourceFile file, Header header, LocalDate endDate, ColumnMapping mapping, Diagnostics diagnostics) {
    Table table = new Table(header, header.find("date"), endDate);
    for (ColumnMapping.Entry e : mapping.entries()) {
      int i = mapping.find(header, e);
      if (i >= 0) {
        table.columns.put(e, i);
        table.sums.put(e, new Sums());
      }
    }
    if (table.columns.isEmpty()) {
      return table; // nothing to read here
    }
    if (table.dateIndex < 0 && endDate == null) {
      diagnostics.report(
          Rule.MISSING_FIELD,
          new Location(file, header.line(), 1),
          "this ga4 table (" + header.shown() + ") has no Date column, and no '# End date:' line comes before it, so its "
              + "rows have no date; download the report with its preamble, or add the Date dimension");
      return table;
    }
    for (int i : table.columns.values()) {
      ColumnMapping.reportRepeated(header, i, file, diagnostics);
    }
    table.usable = true;
    return table;
  }

  /** A comment line: its first cell starts with '#', and it is not a full row of the table being read. */
  private static boolean isComment(CsvRecords csv, Table table) {
    if (!csv.cell(0).strip().startsWith("#")) {
      return false;
    }
    if (table == null || csv.size() != table.header.width()) {
      return true;
    }
    for (int i = 1; i < csv.size(); i++) {
      if (!csv.cell(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** A comment's text without its leading '#'s (a comment may hold commas, so its cells are joined again). */
  private static String comment(CsvRecords csv) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < csv.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(csv.cell(i));
    }
    String s = text.toString().strip();
    int i = 0;
    while (i < s.length() && s.charAt(i) == '#') {
      i++;
    }
    return s.substring(i).strip();
  }

  private static List<String> names(List<Table> tables) {
    List<String> names = new ArrayList<>();
    for (Table t : tables) {
      names.addAll(t.header.names());
    }
    return names;
  }

  private static String found(List<Table> tables) {
    StringBuilder s = new StringBuilder();
    for (Table t : tables) {
      if (s.length() > 0) {
        s.append("; ");
      }
      s.append("table at line ").append(t.header.line()).append(": ").append(t.header.shown());
    }
    return s.toString();
  }
}
