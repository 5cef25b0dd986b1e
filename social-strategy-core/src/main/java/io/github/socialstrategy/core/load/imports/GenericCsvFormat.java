package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.ImportSpec;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code generic-csv}: a table in the plan format's own result columns, read by {@link ResultTable} as a
 * results table is. What the import adds: its scope applies to every row that names none (a row that names
 * one keeps it), and rows are summed per date, metric and scope (costs add up too). Values follow the
 * import rules ({@code "15,000"}, {@code 4.5%}; an empty or {@code -} value skips the row). The import's
 * {@code metrics}, optional here, renames the ids in the {@code metric} column (matched like column names);
 * ids it does not name are kept as written.
 */
final class GenericCsvFormat implements ExportFormat {

  @Override
  public String id() {
    return "generic-csv";
  }

  @Override
  public boolean rowsNameTheirMetrics() {
    return true;
  }

  @Override
  public boolean needsMetrics() {
    return false;
  }

  @Override
  public boolean takesImportKeys() {
    return false;
  }

  @Override
  public void read(ExportRows rows, ImportRun run) throws IOException, ExportRows.UnreadableException {
    Map<String, String> rename = new HashMap<>();
    for (ImportSpec.Mapping e : ColumnMapping.of(run, Map.of()).entries()) {
      rename.put(Header.normalize(e.name()), e.target().id());
    }
    ResultTable.readImport(rows, run, (date, metric, value, kind, id, cost, places) -> {
      String renamed = rename.getOrDefault(Header.normalize(metric), metric);
      if (kind == null) {
        kind = run.scopeKind();
        id = run.scopeId();
      }
      run.sums.add(date, renamed, kind, id, value, cost, places);
    });
  }

  @Override
  public String toString() {
    return id();
  }
}
