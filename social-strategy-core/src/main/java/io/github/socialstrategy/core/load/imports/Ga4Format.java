package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Period;
import io.github.socialstrategy.core.model.Rule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ga4}: Google Analytics 4 report and exploration downloads, and Universal Analytics downloads, which
 * share their layout. A file holds a preamble of {@code #} comment lines stating its range ({@code # Start
 * date: 20260101} and {@code # End date: 20260131}, or {@code # 20260101-20260131}), then one or more tables,
 * each with its own header row ({@code Session default channel group,Sessions}), separated by blank or comment
 * lines; CRLF line ends are the norm.
 *
 * <p><b>Dates.</b> A table with a {@code Date} column ({@code 20260114}) or a {@code Day Index} column
 * ({@code 1/14/26}, Universal Analytics) is dated per row; a week written as a range ({@code
 * 20260105-20260111}) counts on its last day. A cohort table by {@code Nth day} or {@code Nth week} is dated
 * from the range's start (day n, or the last day of week n); by {@code Nth month} it is refused. A table
 * without any of these holds totals for the whole range: its rows are dated by the import's {@code date},
 * else the end of its {@code period}, else the end of the range its preamble states. A table with none of
 * these is an error that shows the line to add.
 *
 * <p><b>Several tables.</b> One download often shows the same metric in several tables (sessions by channel,
 * and sessions by date). A mapped column is therefore read from one table only, never added up across
 * tables: the first table dated by day that has it, else the first table that has it. Tables the mapping
 * does not use are skipped without a word, however they are dated.
 *
 * <p><b>Totals.</b> Explorations add a {@code Grand total} row whose label sits in the last column; Universal
 * Analytics adds a row with an empty first cell. Both, and rows labelled {@code Total}, are skipped.
 *
 * <p>A line whose first cell starts with {@code #} is a comment between tables; inside a table it is one only
 * when it does not fill the table's columns (so a page title such as {@code #1 trail} stays data).
 */
final class Ga4Format implements ExportFormat {

  static final List<String> DATE_COLUMNS = List.of("date", "day index");
  static final List<String> COHORT_COLUMNS = List.of("nth day", "nth week", "nth month");

  @Override
  public String id() {
    return "ga4";
  }

  @Override
  public void read(ExportRows rows, ImportRun run) throws IOException, ExportRows.UnreadableException {
    if (run.spec.cost() != null) {
      run.diagnostics.report(
          Rule.INVALID_VALUE,
          run.spec.source().of("cost"),
          "'cost' does not apply to a ga4 export, which records no spend; remove it (record ad spend from the ads "
              + "platform's export)");
    }
    ColumnMapping mapping = ColumnMapping.of(run, java.util.Map.of());
    List<Ga4Table> tables = new ArrayList<>();
    List<String> preamble = new ArrayList<>();
    Ga4Table table = null;
    while (rows.next()) {
      if (rows.isBlank()) {
        table = null;
        continue;
      }
      if (isComment(rows, table)) {
        table = null;
        preamble.add(comment(rows));
        continue;
      }
      if (table == null) {
        table = new Ga4Table(Header.of(rows), DateRanges.in(preamble), mapping, run);
        tables.add(table);
        continue;
      }
      table.row(rows);
    }
    if (tables.isEmpty()) {
      run.diagnostics.report(
          Rule.MISSING_FIELD,
          Location.of(run.file),
          "the file does not look like a ga4 export: expected '#' preamble lines (# Start date: 20260101, # End date: "
              + "20260131) and tables, each with a header such as 'Session default channel group,Sessions' or 'Date,Sessions'; "
              + "found no table. Check the import's 'format', or download the report again",
          null,
          List.of(run.spec.source().of("format")));
      return;
    }
    boolean undatedReported = false;
    for (ImportSpec.Mapping e : mapping.entries()) {
      Ga4Table chosen = null;
      Ga4Table seen = null;
      for (Ga4Table t : tables) {
        if (!t.has(e)) {
          continue;
        }
        if (seen == null) {
          seen = t;
        }
        if (t.usable() && (chosen == null || (!chosen.byDay() && t.byDay()))) {
          chosen = t;
        }
      }
      if (chosen != null) {
        chosen.use(e);
        if (!chosen.valued(e)) {
          TableRows.reportEmpty(run, e, chosen.describe(e));
        }
      } else if (seen == null) {
        ColumnMapping.reportMissing(e, "metric '" + e.target().id() + "'", names(tables), found(tables),
            ColumnMapping.headerAt(run, tables.get(0).header()), run);
      } else if (seen.refused()) {
        seen.explain();
      } else if (seen.undated() && !undatedReported) {
        undatedReported = true;
        RowDates.reportUndated(run, ColumnMapping.headerAt(run, seen.header()));
      }
    }
    for (Ga4Table t : tables) {
      t.finish();
    }
  }

  /** A comment line: its first cell starts with '#', and it is not a full row of the table being read. */
  private static boolean isComment(ExportRows rows, Ga4Table table) {
    if (!rows.cell(0).strip().startsWith("#")) {
      return false;
    }
    if (table == null || rows.size() != table.header().width()) {
      return true;
    }
    for (int i = 1; i < rows.size(); i++) {
      if (!rows.cell(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** A comment's text without its leading '#'s (a comment may hold commas, so its cells are joined again). */
  private static String comment(ExportRows rows) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(rows.cell(i));
    }
    String s = text.toString().strip();
    int i = 0;
    while (i < s.length() && s.charAt(i) == '#') {
      i++;
    }
    return s.substring(i).strip();
  }

  private static List<String> names(List<Ga4Table> tables) {
    List<String> names = new ArrayList<>();
    for (Ga4Table t : tables) {
      names.addAll(t.header().names());
    }
    return names;
  }

  private static String found(List<Ga4Table> tables) {
    StringBuilder s = new StringBuilder();
    for (Ga4Table t : tables) {
      if (s.length() > 0) {
        s.append("; ");
      }
      s.append("table at line ").append(t.header().line()).append(": ").append(t.header().shown());
    }
    return s.toString();
  }

  /** The range a table's rows count in when it has no day column: the import's, else the preamble's. */
  static Period range(ImportRun run, Period stated) {
    if (run.spec.period() != null && run.spec.period().isValid()) {
      return run.spec.period();
    }
    return stated;
  }

  @Override
  public String toString() {
    return id();
  }
}
