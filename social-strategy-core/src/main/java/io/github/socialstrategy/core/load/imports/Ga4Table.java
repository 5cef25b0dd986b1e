package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Period;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.Rule;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One table of a {@link Ga4Format} download: its header, how its rows are dated, and the sums of each mapped
 * column it has. Its rows are read as they come; its findings are kept back and its sums used only if the
 * import ends up reading a column from it, so a table the mapping does not use stays quiet.
 */
final class Ga4Table {

  private enum Dating { DAY, NTH_DAY, NTH_WEEK, RANGE, NONE }

  private final Header header;
  private final ImportRun run;
  private final Period stated;
  private final Map<ImportSpec.Mapping, Integer> columns = new LinkedHashMap<>();
  private final Map<ImportSpec.Mapping, Sums> sums = new HashMap<>();
  private final Map<ImportSpec.Mapping, Boolean> valued = new HashMap<>();
  private final Diagnostics findings = new Diagnostics(Map.of());
  private final int dateIndex;
  private Dating dating;
  private boolean used;
  private boolean explain;
  private boolean refused;
  private boolean first = true;
  private int rows;
  private int totals;

  Ga4Table(Header header, Period stated, ColumnMapping mapping, ImportRun run) {
    this.header = header;
    this.run = run;
    this.stated = Ga4Format.range(run, stated);
    for (ImportSpec.Mapping e : mapping.entries()) {
      int i = mapping.find(header, e, Header::find);
      if (i >= 0) {
        columns.put(e, i);
        sums.put(e, new Sums());
        valued.put(e, false);
      }
    }
    int day = header.findAny(Ga4Format.DATE_COLUMNS);
    int cohort = header.findAny(Ga4Format.COHORT_COLUMNS);
    if (day >= 0) {
      dateIndex = day;
      dating = Dating.DAY;
    } else if (cohort >= 0) {
      dateIndex = cohort;
      String name = Header.normalize(header.name(cohort));
      dating = name.equals("nth day") ? Dating.NTH_DAY : name.equals("nth week") ? Dating.NTH_WEEK : Dating.NONE;
      if (dating == Dating.NONE) {
        refuse("its rows are counted by '" + header.name(cohort) + "', which names no single day");
      } else if (this.stated == null || this.stated.start() == null) {
        dating = Dating.NONE;
        refuse("its rows are counted by '" + header.name(cohort) + "' from the start of the report's range, and no "
            + "'# Start date:' line or import 'period' gives that start");
      }
    } else {
      dateIndex = -1;
      LocalDate end = run.spec.date() != null ? run.spec.date() : this.stated == null ? null : this.stated.end();
      dating = end == null ? Dating.NONE : Dating.RANGE;
    }
  }

  Header header() {
    return header;
  }

  boolean has(ImportSpec.Mapping e) {
    return columns.containsKey(e);
  }

  /** Whether the table's rows have dates (it is not refused, and a range dates it when it has no day column). */
  boolean usable() {
    return dating != Dating.NONE && !refused;
  }

  /** Whether the table has no day column and nothing dates its totals. */
  boolean undated() {
    return dating == Dating.NONE && !refused;
  }

  boolean byDay() {
    return dating == Dating.DAY;
  }

  boolean valued(ImportSpec.Mapping e) {
    return valued.getOrDefault(e, false);
  }

  String describe(ImportSpec.Mapping e) {
    return header.describe(columns.get(e)) + " of the table at line " + header.line();
  }

  /** The import reads this column from this table. */
  void use(ImportSpec.Mapping e) {
    used = true;
    run.sums.addAll(sums.get(e));
  }

  void row(ExportRows r) {
    if (columns.isEmpty() || !usable()) {
      return;
    }
    if (TableRows.isTotalsRow(r, dateIndex) || r.cell(0).isBlank()) {
      totals++;
      return;
    }
    rows++;
    if (!RowChecks.width(r, header.width(), run.file, findings)) {
      return;
    }
    LocalDate date = date(r);
    first = false;
    if (date == null) {
      return;
    }
    for (Map.Entry<ImportSpec.Mapping, Integer> c : columns.entrySet()) {
      int i = c.getValue();
      Double value = RowChecks.number(r, i, header.describe(i), Set.of(), run.file, findings);
      if (value != null) {
        valued.put(c.getKey(), true);
        int[] places = new int[Result.Field.values().length * 2];
        TableRows.place(places, Result.Field.DATE, r, dateIndex >= 0 ? dateIndex : i);
        TableRows.place(places, Result.Field.METRIC, r, i);
        TableRows.place(places, Result.Field.VALUE, r, i);
        sums.get(c.getKey()).add(date, c.getKey().target().id(), run.scopeKind(), run.scopeId(), value, Double.NaN, places);
      }
    }
  }

  private LocalDate date(ExportRows r) {
    if (dating == Dating.RANGE) {
      return run.spec.date() != null ? run.spec.date() : stated.end();
    }
    String text = r.cellOrEmpty(dateIndex).strip();
    LocalDate date = null;
    if (dating == Dating.DAY) {
      date = ExportCells.date(text);
      Period week = date == null ? DateRanges.cell(text) : null;
      date = week != null ? week.end() : date;
    } else if (text.matches("\\d{1,4}")) {
      int n = Integer.parseInt(text);
      date = dating == Dating.NTH_DAY ? stated.start().plusDays(n) : stated.start().plusDays(7L * n + 6);
      if (stated.end() != null && date.isAfter(stated.end())) {
        date = stated.end();
      }
    }
    if (date == null) {
      if (first) {
        // The first row already is not a day: the whole table is counted otherwise; refuse it once.
        refuse("its '" + header.name(dateIndex) + "' column holds '" + ExportCells.shown(text) + "', not a day");
      } else {
        findings.report(
            Rule.INVALID_VALUE,
            RowChecks.at(r, dateIndex, run.file),
            "column " + header.describe(dateIndex) + " must hold a date such as 20260114, not '" + ExportCells.shown(text)
                + "'; the row is skipped");
      }
    }
    return date;
  }

  private void refuse(String why) {
    refused = true;
    findings.report(
        Rule.INVALID_VALUE,
        new Location(run.file, header.line(), 1),
        "this ga4 table (" + header.shown() + ") is not read: " + why + ". Download the report with the Date dimension "
            + "(one row per day) to import it");
  }

  /** Whether the table was refused (its rows are not dated by day, nor by anything else that works). */
  boolean refused() {
    return refused;
  }

  /** The import wanted a column only this refused table has: say why it is not read. */
  void explain() {
    explain = true;
  }

  /** Hands on the findings and counts of a table the import reads from (or had to refuse). */
  void finish() {
    if (!used && !explain) {
      return;
    }
    for (int i = 0; used && i < rows; i++) {
      run.row();
    }
    for (int i = 0; used && i < totals; i++) {
      run.totalsRow();
    }
    for (Diagnostic d : findings.sorted()) {
      run.diagnostics.report(d.rule(), d.location(), d.message(), d.hint(), d.related());
    }
  }

}
