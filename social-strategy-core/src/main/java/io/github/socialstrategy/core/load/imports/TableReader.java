package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.ScopeKind;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a one-table export the same way for every {@link TableFormat}:
 *
 * <ul>
 *   <li>the header is the first row (or, where the format allows a title above it, the first row that is its
 *       header); a file without one is an error listing the columns expected and found, and nothing is read;
 *   <li>a second header row that describes the columns (text where numbers belong) is skipped, and its texts
 *       name the columns too;
 *   <li>a mapped column, the {@code cost} column or the campaign column the header lacks is an error at the
 *       import's key (with the nearest column found); the other columns are still read;
 *   <li>totals rows are skipped and counted; a row with fewer cells than the header, or text beyond it, is an
 *       error and is skipped; a bad date skips its row, a bad number only its cell;
 *   <li>values are summed per date, metric and scope; a row's cost is recorded once, with its first value;
 *   <li>a mapped column that gives no value in any row is an {@code empty-export-column} warning.
 * </ul>
 */
final class TableReader {

  private static final int MAX_PREAMBLE = 50;

  private final TableFormat format;
  private final ImportRun run;
  private final List<String> preamble = new ArrayList<>();

  TableReader(TableFormat format, ImportRun run) {
    this.format = format;
    this.run = run;
  }

  void read(ExportRows rows) throws IOException, ExportRows.UnreadableException {
    Header header = header(rows);
    if (header == null) {
      return;
    }
    boolean pending = nextNonBlank(rows);
    if (pending && isDescriptionRow(rows, header)) {
      header.describe(rows);
      pending = nextNonBlank(rows);
    }
    String title = preamble.isEmpty() ? "" : preamble.get(preamble.size() - 1);
    ColumnMapping mapping = ColumnMapping.of(run, format.aliases());
    List<ColumnMapping.Column> columns = mapping.resolve(header, run, (h, name) -> format.find(h, name, title));
    int cost = column(header, run.spec.cost(), "the cost");
    int campaign = campaignColumn(header);
    RowDates dates = columns.isEmpty() ? null : RowDates.of(format, header, preamble, run);
    boolean[] valued = new boolean[columns.size()];
    int[] dated = new int[1];
    // Column names for messages, made once: a million rows must not build them cell by cell.
    String[] described = new String[header.width()];
    for (int i = 0; i < described.length; i++) {
      described[i] = header.describe(i);
    }
    while (pending) {
      if (dates != null) {
        row(rows, header, described, dates, columns, cost, campaign, valued, dated);
      } else if (!TableRows.isTotalsRow(rows, -1)) {
        run.row();
      }
      pending = nextNonBlank(rows);
    }
    // Rows whose dates were all refused already have their findings; an empty column is news only otherwise.
    if (dates != null && (dated[0] > 0 || !dates.refusedAny())) {
      for (int i = 0; i < columns.size(); i++) {
        if (!valued[i]) {
          TableRows.reportEmpty(run, columns.get(i).entry(), header.describe(columns.get(i).index()));
        }
      }
    }
  }

  private Header header(ExportRows rows) throws IOException, ExportRows.UnreadableException {
    Header first = null;
    while (rows.next()) {
      if (rows.isBlank()) {
        continue;
      }
      Header candidate = Header.of(rows);
      if (first == null) {
        first = candidate;
      }
      if (format.isHeader(candidate)) {
        return candidate;
      }
      if (!format.headerMayComeLater() || preamble.size() >= MAX_PREAMBLE) {
        break;
      }
      preamble.add(TableRows.joined(rows));
    }
    run.diagnostics.report(
        Rule.MISSING_FIELD,
        first == null ? Location.of(run.file) : new Location(run.file, first.line(), 1),
        (first == null ? "the file is empty, so it" : "the file") + " does not look like a " + format.id()
            + " export: expected columns " + format.expected() + "; found: " + (first == null ? "(none)" : first.shown())
            + ". Check the import's 'format', or export the file again from the platform" + TableRows.delimiterHint(first),
        null,
        List.of(run.spec.source().of("format")));
    return null;
  }

  private static boolean nextNonBlank(ExportRows rows) throws IOException, ExportRows.UnreadableException {
    while (rows.next()) {
      if (!rows.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** A second header row: text in every filled cell, no number or date, and no totals label. */
  private static boolean isDescriptionRow(ExportRows rows, Header header) {
    if (TableRows.isTotalsRow(rows, -1)) {
      return false;
    }
    boolean text = false;
    for (int i = 0; i < Math.min(rows.size(), header.width()); i++) {
      String cell = rows.cell(i);
      if (ExportCells.isAbsent(cell)) {
        continue;
      }
      if (ExportCells.number(cell) != null || ExportCells.date(cell) != null) {
        return false;
      }
      text = true;
    }
    return text;
  }

  private int column(Header header, ImportSpec.Mapping named, String role) {
    if (named == null) {
      return -1;
    }
    int i = header.find(named.name());
    if (i < 0) {
      ColumnMapping.reportMissing(named, role, header.names(), header.shown(), ColumnMapping.headerAt(run, header), run);
    }
    return i;
  }

  private int campaignColumn(Header header) {
    if (run.spec.campaigns().isEmpty() || format.campaignColumns().isEmpty()) {
      return -1; // the import's key is refused already when the format has no campaign column
    }
    int i = header.findAny(format.campaignColumns());
    if (i < 0) {
      run.diagnostics.report(
          Rule.MISSING_FIELD,
          run.spec.source().of("campaigns"),
          run.what() + " has no campaign column (" + String.join(", ", format.campaignColumns()) + "), so 'campaigns' cannot "
              + "be applied; the columns found are: " + header.shown() + ". Export the report broken down by campaign",
          null,
          List.of(ColumnMapping.headerAt(run, header)));
    }
    return i;
  }

  private void row(
      ExportRows rows,
      Header header,
      String[] described,
      RowDates dates,
      List<ColumnMapping.Column> columns,
      int cost,
      int campaign,
      boolean[] valued,
      int[] dated) {
    if (TableRows.isTotalsRow(rows, dates.column())) {
      run.totalsRow();
      return;
    }
    run.row();
    if (!RowChecks.width(rows, header.width(), run.file, run.diagnostics)) {
      return;
    }
    LocalDate date = dates.of(rows);
    if (date == null) {
      return;
    }
    dated[0]++;
    ScopeKind scopeKind = run.scopeKind();
    String scopeId = run.scopeId();
    if (campaign >= 0) {
      ImportSpec.Mapping m = run.campaign(rows.cellOrEmpty(campaign));
      if (m != null) {
        scopeKind = ScopeKind.CAMPAIGN;
        scopeId = m.target().id();
      }
    }
    double rowCost = Double.NaN;
    if (cost >= 0) {
      rowCost = TableRows.cost(rows, cost, described[cost], run);
    }
    int[] places = new int[Result.Field.values().length * 2];
    if (dates.column() >= 0) {
      TableRows.place(places, Result.Field.DATE, rows, dates.column());
    }
    if (scopeKind == ScopeKind.CAMPAIGN && campaign >= 0 && scopeId != null && !scopeId.equals(run.scopeId())) {
      TableRows.place(places, Result.Field.SCOPE, rows, campaign);
    }
    if (!Double.isNaN(rowCost)) {
      TableRows.place(places, Result.Field.COST, rows, cost);
    }
    boolean costDone = Double.isNaN(rowCost);
    for (int k = 0; k < columns.size(); k++) {
      ColumnMapping.Column c = columns.get(k);
      Double value = RowChecks.number(rows, c.index(), described[c.index()], format.noneWords(), run.file, run.diagnostics);
      if (value == null) {
        continue;
      }
      valued[k] = true;
      add(rows, places, date, c, value, costDone ? Double.NaN : rowCost, scopeKind, scopeId);
      costDone = true;
    }
    if (!costDone) {
      // A row with spend but no value still costs: recorded with a value of 0 for its first mapped column.
      add(rows, places, date, columns.get(0), 0, rowCost, scopeKind, scopeId);
    }
  }

  private void add(
      ExportRows rows, int[] places, LocalDate date, ColumnMapping.Column c, double value, double cost, ScopeKind kind, String id) {
    int[] p = places.clone();
    TableRows.place(p, Result.Field.METRIC, rows, c.index());
    TableRows.place(p, Result.Field.VALUE, rows, c.index());
    if (p[0] == 0) {
      TableRows.place(p, Result.Field.DATE, rows, c.index());
    }
    run.sums.add(date, c.metric(), kind, id, value, cost, p);
  }
}
