package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.ScopeKind;
import io.github.socialstrategy.core.model.SourceFile;
import io.github.socialstrategy.core.model.Suggestions;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one reader of tables in the plan's own result columns ({@code date,metric,value} and optionally
 * {@code activity}, {@code channel}, {@code campaign}, {@code cost}, in any order), streaming row by row: the
 * plan's results tables (every CSV file no import names) and {@code generic-csv} imports. A bad row is
 * reported at its cell and skipped; the rest of the file is still read.
 *
 * <p>Results tables are strict, as plan files are: plain numbers, one cell per column. An import is lenient
 * about what exports do: {@code "15,000"}, {@code 4.5%}, {@code -} for none, trailing empty cells.
 */
public final class ResultTable {

  /** The columns, as the YAML {@code results} keys are named. */
  public static final List<String> COLUMNS = io.github.socialstrategy.core.model.PlanFormat.RESULT.names();

  private static final int DATE = 0;
  private static final int METRIC = 1;
  private static final int VALUE = 2;
  private static final int ACTIVITY = 3;
  private static final int COST = 6;
  private static final ScopeKind[] SCOPE_KINDS = ScopeKind.values();

  /** Where the rows read go. */
  @FunctionalInterface
  interface Sink {
    void row(LocalDate date, String metric, double value, ScopeKind scopeKind, String scopeId, double cost, int[] places);
  }

  private final SourceFile file;
  private final Diagnostics diagnostics;
  private final boolean lenient;
  private final String what;
  private final Sink sink;
  // Ids and dates repeat on every row; sharing one instance each keeps a million rows small.
  private final Map<String, String> strings = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();

  private ResultTable(SourceFile file, Diagnostics diagnostics, boolean lenient, String what, Sink sink) {
    this.file = file;
    this.diagnostics = diagnostics;
    this.lenient = lenient;
    this.what = what;
    this.sink = sink;
  }

  /** Reads one of the plan's results tables, adding a result per good row. */
  public static void readResults(ExportRows rows, SourceFile file, Diagnostics diagnostics, List<Result> out) throws IOException {
    ResultTable table =
        new ResultTable(
            file,
            diagnostics,
            false,
            "a results table",
            (date, metric, value, kind, id, cost, places) -> out.add(new Result(date, metric, value, kind, id, cost, file, places)));
    try {
      table.read(rows);
    } catch (ExportRows.UnreadableException e) {
      diagnostics.report(Rule.YAML_SYNTAX, new Location(file, e.line(), e.column()), e.getMessage());
    }
  }

  /** Reads a {@code generic-csv} export into an import's sums. */
  static void readImport(ExportRows rows, ImportRun run, Sink sink) throws IOException, ExportRows.UnreadableException {
    new ResultTable(run.file, run.diagnostics, true, "a generic-csv export", (date, metric, value, kind, id, cost, places) -> {
      run.row();
      sink.row(date, metric, value, kind, id, cost, places);
    }).read(rows);
  }

  private void read(ExportRows rows) throws IOException, ExportRows.UnreadableException {
    boolean found = false;
    while (rows.next()) {
      if (!rows.isBlank() || !lenient) {
        found = true;
        break;
      }
    }
    if (!found) {
      return; // an empty file holds no results
    }
    int[] columnOf = header(rows);
    if (columnOf == null) {
      return;
    }
    int width = rows.size();
    while (rows.next()) {
      if (rows.isBlank()) {
        continue;
      }
      if (!fits(rows, width)) {
        continue;
      }
      row(rows, columnOf);
    }
  }

  private int[] header(ExportRows rows) {
    int[] columnOf = new int[COLUMNS.size()];
    Arrays.fill(columnOf, -1);
    if (foreign(rows)) {
      return null;
    }
    for (int i = 0; i < rows.size(); i++) {
      String name = Header.normalize(rows.cell(i));
      Location at = new Location(file, rows.line(i), rows.column(i));
      int field = COLUMNS.indexOf(name);
      if (field < 0) {
        diagnostics.report(
            Rule.UNKNOWN_KEY,
            at,
            "unknown column '" + rows.cell(i) + "' in " + what + "; the columns are " + String.join(", ", COLUMNS),
            Suggestions.didYouMean(name, COLUMNS));
      } else if (columnOf[field] >= 0) {
        diagnostics.report(Rule.DUPLICATE_KEY, at, "column '" + name + "' appears twice in the header; the second is ignored", "keep one of them");
      } else {
        columnOf[field] = i;
      }
    }
    boolean complete = true;
    for (int field : new int[] {DATE, METRIC, VALUE}) {
      if (columnOf[field] < 0) {
        diagnostics.report(
            Rule.MISSING_FIELD,
            new Location(file, rows.recordLine(), 1),
            what + " has no '" + COLUMNS.get(field) + "' column; it needs date, metric and value (and optionally activity, "
                + "channel, campaign, cost); found: " + found(rows));
        complete = false;
      }
    }
    return complete ? columnOf : null;
  }

  /**
   * A header with neither a metric nor a value column (nor a near miss of either) is not a results table with typos:
   * it is almost always a platform's export dropped among the plan's files (its own Date column aside). One error
   * that says so, and how to import it, instead of one per column.
   */
  private boolean foreign(ExportRows rows) {
    List<String> core = List.of(COLUMNS.get(METRIC), COLUMNS.get(VALUE));
    for (int i = 0; i < rows.size(); i++) {
      String name = Header.normalize(rows.cell(i));
      if (core.contains(name) || Suggestions.didYouMean(name, core) != null) {
        return false;
      }
    }
    String fix =
        lenient
            ? "choose the format of the platform that wrote it (formats: " + String.join(", ", ExportFormats.ids())
                + "), or give it the columns date, metric and value"
            : "if a platform wrote it, move it under exports/ and list it in the plan's 'imports' with its format, e.g. "
                + "'- { file: exports/" + fileName() + ", format: ga4, scope: { channel: website } }' (formats: "
                + String.join(", ", ExportFormats.ids()) + "); otherwise give it the columns date, metric and value";
    diagnostics.report(
        Rule.MISSING_FIELD,
        new Location(file, rows.recordLine(), 1),
        what + " needs the columns date, metric and value, and this file has no metric or value column (found: " + found(rows) + ")",
        fix);
    return true;
  }

  private String fileName() {
    String path = file.planPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String found(ExportRows rows) {
    String s = TableRows.joined(rows);
    return s.isEmpty() ? "(none)" : s;
  }

  /** Whether a row has one cell per column (an import may also end rows with empty cells). */
  private boolean fits(ExportRows rows, int width) {
    if (lenient) {
      return RowChecks.width(rows, width, file, diagnostics);
    }
    if (rows.size() != width) {
      diagnostics.report(
          Rule.YAML_SYNTAX,
          new Location(file, rows.recordLine(), 1),
          "not valid CSV: this row has " + rows.size() + " cells but the header has " + width + "; every row needs one cell per column");
      return false;
    }
    return true;
  }

  private void row(ExportRows rows, int[] columnOf) {
    int[] places = new int[Result.Field.values().length * 2];
    boolean ok = true;

    int c = columnOf[DATE];
    String dateText = rows.cellOrEmpty(c).strip();
    LocalDate date = dates.get(dateText);
    if (date == null) {
      date = ExportCells.isoDate(dateText);
      if (date != null) {
        dates.put(dateText, date);
      }
    }
    TableRows.place(places, Result.Field.DATE, rows, c);
    if (date == null) {
      bad(rows, c, "the date must be written YYYY-MM-DD, such as 2026-03-31");
      ok = false;
    }

    c = columnOf[METRIC];
    String metric = rows.cellOrEmpty(c).strip();
    TableRows.place(places, Result.Field.METRIC, rows, c);
    if (metric.isEmpty()) {
      diagnostics.report(Rule.MISSING_FIELD, RowChecks.at(rows, c, file), "this row has no metric id; add one");
      ok = false;
    }

    c = columnOf[VALUE];
    TableRows.place(places, Result.Field.VALUE, rows, c);
    Double value;
    if (lenient) {
      value = RowChecks.number(rows, c, "'value'", java.util.Set.of(), file, diagnostics);
    } else {
      value = ExportCells.plainNumber(rows.cellOrEmpty(c));
      if (value == null) {
        bad(rows, c, "the value must be a plain number such as 1200 or 3.5");
      }
    }
    ok &= value != null;

    ScopeKind scopeKind = null;
    String scopeId = null;
    for (ScopeKind kind : SCOPE_KINDS) {
      c = columnOf[ACTIVITY + kind.ordinal()];
      if (c < 0 || rows.cellOrEmpty(c).isBlank()) {
        continue;
      }
      if (scopeKind != null) {
        diagnostics.report(
            Rule.INVALID_VALUE,
            RowChecks.at(rows, c, file),
            "a result has at most one scope, but this row names both '" + scopeKind.keyword() + "' and '" + kind.keyword()
                + "'; keep one");
        ok = false;
        continue;
      }
      scopeKind = kind;
      scopeId = intern(rows.cell(c).strip());
      TableRows.place(places, Result.Field.SCOPE, rows, c);
    }

    double cost = Double.NaN;
    c = columnOf[COST];
    if (c >= 0 && !(lenient ? ExportCells.isAbsent(rows.cellOrEmpty(c)) : rows.cellOrEmpty(c).isBlank())) {
      Double parsed = lenient ? ExportCells.number(rows.cell(c)) : ExportCells.plainNumber(rows.cell(c));
      TableRows.place(places, Result.Field.COST, rows, c);
      if (parsed == null || parsed < 0) {
        bad(rows, c, "the cost must be a number of 0 or more");
        ok = false;
      } else {
        cost = parsed;
      }
    }
    if (ok) {
      sink.row(date, intern(metric), value, scopeKind, scopeId, cost, places);
    }
  }

  private String intern(String s) {
    String known = strings.putIfAbsent(s, s);
    return known == null ? s : known;
  }

  private void bad(ExportRows rows, int c, String message) {
    diagnostics.report(Rule.INVALID_VALUE, RowChecks.at(rows, c, file), message + ", not '" + ExportCells.shown(rows.cellOrEmpty(c)) + "'");
  }
}
