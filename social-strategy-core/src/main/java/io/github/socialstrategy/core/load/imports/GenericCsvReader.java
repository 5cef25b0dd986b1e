package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.ImportSpec;
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
 * {@code generic-csv}: a table in the plan format's own result columns ({@code date,metric,value} and
 * optionally {@code activity}, {@code channel}, {@code campaign}, {@code cost}, in any order), as a results
 * table holds them. What the import adds: its scope applies to every row that names none (a row that names
 * one keeps it), and rows are summed per date, metric and scope (costs add up too).
 *
 * <p>Dates are written {@code YYYY-MM-DD}, as everywhere in the plan. Values follow the import rules (an
 * empty or {@code -} value is none and the row is skipped; {@code "15,000"} and {@code 4.5%} are read). The
 * import's {@code metrics}, optional here, renames the ids in the {@code metric} column (matched like column
 * names: trimmed, any letter case); ids it does not name are kept as written.
 */
final class GenericCsvReader implements ExportReader {

  private static final List<String> COLUMNS = List.of("date", "metric", "value", "activity", "channel", "campaign", "cost");
  private static final int DATE = 0;
  private static final int METRIC = 1;
  private static final int VALUE = 2;
  private static final int ACTIVITY = 3;
  private static final int COST = 6;

  private final CsvRecords.Opener opener;

  GenericCsvReader(CsvRecords.Opener opener) {
    this.opener = opener;
  }

  @Override
  public void read(SourceFile file, ImportSpec spec, Diagnostics diagnostics, List<Result> out) throws IOException {
    Sums sums = new Sums();
    try (CsvRecords csv = opener.open(file)) {
      readTable(file, spec, csv, diagnostics, sums);
    } catch (CsvRecords.UnreadableException e) {
      diagnostics.report(Rule.YAML_SYNTAX, new Location(file, e.line(), e.column()), e.getMessage());
    }
    sums.emit(file, out);
  }

  private static void readTable(SourceFile file, ImportSpec spec, CsvRecords csv, Diagnostics diagnostics, Sums sums)
      throws IOException, CsvRecords.UnreadableException {
    Header header = null;
    while (csv.next()) {
      if (!csv.isBlank()) {
        header = Header.of(csv);
        break;
      }
    }
    if (header == null) {
      return; // an empty file holds no results, as an empty results table
    }
    int[] columnOf = new int[COLUMNS.size()];
    Arrays.fill(columnOf, -1);
    for (int i = 0; i < header.width(); i++) {
      String name = Header.normalize(header.name(i));
      Location at = new Location(file, header.line(), header.column(i));
      int field = COLUMNS.indexOf(name);
      if (field < 0) {
        diagnostics.report(
            Rule.UNKNOWN_KEY,
            at,
            "unknown column '" + header.name(i) + "' in a generic-csv export; the columns are " + String.join(", ", COLUMNS),
            Suggestions.didYouMean(name, COLUMNS));
      } else if (columnOf[field] >= 0) {
        diagnostics.report(Rule.DUPLICATE_KEY, at, "column '" + name + "' appears twice in the header; the second is ignored");
      } else {
        columnOf[field] = i;
      }
    }
    for (int field : new int[] {DATE, METRIC, VALUE}) {
      if (columnOf[field] < 0) {
        diagnostics.report(
            Rule.MISSING_FIELD,
            new Location(file, header.line(), 1),
            "the generic-csv export has no '" + COLUMNS.get(field) + "' column: expected columns date, metric, value "
                + "(and optionally activity, channel, campaign, cost); found: " + header.shown());
        return;
      }
    }
    Map<String, String> rename = new HashMap<>();
    for (ColumnMapping.Entry e : ColumnMapping.of(spec, Map.of(), diagnostics).entries()) {
      rename.put(Header.normalize(e.column()), e.metric().id());
    }
    while (csv.next()) {
      if (csv.isBlank() || !RowChecks.width(csv, header.width(), file, diagnostics)) {
        continue;
      }
      row(file, spec, csv, columnOf, rename, diagnostics, sums);
    }
  }

  private static void row(
      SourceFile file,
      ImportSpec spec,
      CsvRecords csv,
      int[] columnOf,
      Map<String, String> rename,
      Diagnostics diagnostics,
      Sums sums) {
    int[] places = new int[Result.Field.values().length * 2];
    boolean ok = true;

    int c = columnOf[DATE];
    LocalDate date = ExportCells.isoDate(csv.cell(c));
    place(places, Result.Field.DATE, csv, c);
    if (date == null) {
      bad(file, csv, c, "the date must be written YYYY-MM-DD, such as 2026-03-31", diagnostics);
      ok = false;
    }

    c = columnOf[METRIC];
    String metric = csv.cell(c).strip();
    place(places, Result.Field.METRIC, csv, c);
    if (metric.isEmpty()) {
      diagnostics.report(Rule.MISSING_FIELD, at(file, csv, c), "this row has no metric id; add one");
      ok = false;
    }
    metric = rename.getOrDefault(Header.normalize(metric), metric);

    c = columnOf[VALUE];
    place(places, Result.Field.VALUE, csv, c);
    Double value = RowChecks.number(csv, c, "value", file, diagnostics);
    ok &= value != null;

    ScopeKind scopeKind = null;
    String scopeId = null;
    for (ScopeKind kind : ScopeKind.values()) {
      c = columnOf[ACTIVITY + kind.ordinal()];
      if (c < 0 || csv.cell(c).isBlank()) {
        continue;
      }
      if (scopeKind != null) {
        diagnostics.report(
            Rule.INVALID_VALUE,
            at(file, csv, c),
            "a result has at most one scope, but this row names both '" + scopeKind.keyword() + "' and '" + kind.keyword()
                + "'; keep one");
        ok = false;
        continue;
      }
      scopeKind = kind;
      scopeId = csv.cell(c).strip();
      place(places, Result.Field.SCOPE, csv, c);
    }
    if (scopeKind == null && spec.scope() != null) {
      scopeKind = spec.scope().kind();
      scopeId = spec.scope().target().id();
    }

    double cost = Double.NaN;
    c = columnOf[COST];
    if (c >= 0 && !ExportCells.isAbsent(csv.cell(c))) {
      Double parsed = ExportCells.number(csv.cell(c));
      place(places, Result.Field.COST, csv, c);
      if (parsed == null || parsed < 0) {
        bad(file, csv, c, "the cost must be a number of 0 or more", diagnostics);
        ok = false;
      } else {
        cost = parsed;
      }
    }
    if (ok) {
      sums.add(date, metric, scopeKind, scopeId, value, cost, places);
    }
  }

  private static void bad(SourceFile file, CsvRecords csv, int c, String what, Diagnostics diagnostics) {
    diagnostics.report(Rule.INVALID_VALUE, at(file, csv, c), what + ", not '" + ExportCells.shown(csv.cell(c)) + "'");
  }

  private static Location at(SourceFile file, CsvRecords csv, int c) {
    return new Location(file, csv.line(c), csv.column(c));
  }

  private static void place(int[] places, Result.Field field, CsvRecords csv, int c) {
    places[field.ordinal() * 2] = csv.line(c);
    places[field.ordinal() * 2 + 1] = csv.column(c);
  }
}
