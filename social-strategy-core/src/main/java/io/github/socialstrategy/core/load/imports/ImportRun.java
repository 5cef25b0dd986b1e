package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.ImportSummary;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.ScopeKind;
import io.github.socialstrategy.core.model.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One import being read: its entry, its export, where findings go, the sums it produces, and the counts its
 * summary reports (rows read, totals rows skipped, rows of unmapped campaigns).
 */
final class ImportRun {

  final SourceFile file;
  final ImportSpec spec;
  final Diagnostics diagnostics;
  final Sums sums = new Sums();
  private final String sheet;
  private final Map<String, ImportSpec.Mapping> campaigns = new HashMap<>();
  // The campaign cell as written, to its mapping (or NONE): cells repeat on every row of a campaign.
  private final Map<String, ImportSpec.Mapping> byCell = new HashMap<>();
  private static final ImportSpec.Mapping NONE = new ImportSpec.Mapping("", null, null);
  private final Map<String, Integer> unmapped = new TreeMap<>();
  private int rows;
  private int totals;
  private int unmappedRows;

  ImportRun(SourceFile file, ImportSpec spec, String sheet, Diagnostics diagnostics) {
    this.file = file;
    this.spec = spec;
    this.sheet = sheet;
    this.diagnostics = diagnostics;
    for (ImportSpec.Mapping m : spec.campaigns()) {
      campaigns.putIfAbsent(Header.normalize(m.name()), m);
    }
  }

  /** The export as messages name it: {@code 'exports/x.csv' (x-analytics)}. */
  String what() {
    return "'" + spec.file() + "'" + (sheet == null ? "" : " (sheet '" + sheet + "')") + " (" + spec.format().id() + ")";
  }

  ScopeKind scopeKind() {
    return spec.scope() == null ? null : spec.scope().kind();
  }

  String scopeId() {
    return spec.scope() == null ? null : spec.scope().target().id();
  }

  void row() {
    rows++;
  }

  void totalsRow() {
    totals++;
  }

  /** The plan campaign a platform campaign name maps to, or null (the row is then counted as unmapped). */
  ImportSpec.Mapping campaign(String name) {
    ImportSpec.Mapping m = byCell.computeIfAbsent(name, n -> campaigns.getOrDefault(Header.normalize(n), NONE));
    m = m == NONE ? null : m;
    if (m == null && !name.isBlank()) {
      unmapped.merge(name.strip(), 1, Integer::sum);
      unmappedRows++;
    }
    return m;
  }

  /** One {@code unmapped-campaign} finding for all rows of campaigns the import's {@code campaigns} does not map. */
  private void reportUnmapped() {
    if (unmappedRows == 0) {
      return;
    }
    List<String> names = new ArrayList<>(new TreeSet<>(unmapped.keySet()));
    String listed = names.size() <= 5 ? "'" + String.join("', '", names) + "'" : "'" + String.join("', '", names.subList(0, 5)) + "' and "
        + (names.size() - 5) + " more";
    String scope = spec.scope() == null ? "counted for the whole plan" : "read with the import's own scope ("
        + spec.scope().kind().keyword() + " '" + spec.scope().target().id() + "')";
    diagnostics.report(
        Rule.UNMAPPED_CAMPAIGN,
        spec.source().of("campaigns"),
        unmappedRows + (unmappedRows == 1 ? " row" : " rows") + " of " + what() + (unmappedRows == 1 ? " belongs" : " belong")
            + " to " + names.size()
            + (names.size() == 1 ? " campaign" : " campaigns") + " that 'campaigns' does not map (" + listed + "); "
            + (unmappedRows == 1 ? "it was " : "they were ") + scope + ". Map "
            + (names.size() == 1 ? "it to a plan campaign" : "them to plan campaigns") + " to attribute "
            + (unmappedRows == 1 ? "it" : "them"),
        null,
        List.of(Location.of(file)));
  }

  /** Adds the sums to the results and returns what was read. */
  ImportSummary finish(List<Result> out) {
    reportUnmapped();
    List<Result> results = new ArrayList<>();
    sums.emit(file, results);
    TreeSet<String> metrics = new TreeSet<>();
    double cost = 0;
    for (Result r : results) {
      metrics.add(r.metric());
      if (r.hasCost()) {
        cost += r.cost();
      }
    }
    out.addAll(results);
    return new ImportSummary(
        file,
        spec.format().id(),
        sheet,
        rows,
        totals,
        results.size(),
        List.copyOf(metrics),
        results.isEmpty() ? null : results.get(0).date(),
        results.isEmpty() ? null : results.get(results.size() - 1).date(),
        cost,
        unmappedRows,
        unmapped.size());
  }
}
