package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An import's {@code metrics} mapping (export column name to metric id), matched against an export's
 * header. Column names match case-insensitively after trimming (see {@link Header#find} for repeated names
 * and descriptive header rows); a format may also accept other names for a column (older X files say
 * {@code favorites} where newer ones say {@code likes}). Several columns may map to one metric: their values
 * add up.
 */
final class ColumnMapping {

  /** A mapped column found in a header. */
  record Column(int index, ImportSpec.Mapping entry) {
    String metric() {
      return entry.target().id();
    }
  }

  /** Finds a mapped name in a header; a format may know more than the header's own names. */
  @FunctionalInterface
  interface Finder {
    int find(Header header, String name);
  }

  private final List<ImportSpec.Mapping> entries;
  private final Map<String, List<String>> aliases;

  private ColumnMapping(List<ImportSpec.Mapping> entries, Map<String, List<String>> aliases) {
    this.entries = entries;
    this.aliases = aliases;
  }

  /**
   * The import's mapping, in the order of its column names. Two names that differ only in letter case or
   * surrounding spaces are one column: the second is reported and ignored.
   *
   * @param aliases for a column name (normalized), the other names it may have in the export
   */
  static ColumnMapping of(ImportRun run, Map<String, List<String>> aliases) {
    List<ImportSpec.Mapping> written = new ArrayList<>(run.spec.metrics());
    written.sort(Comparator.comparing((ImportSpec.Mapping m) -> Header.normalize(m.name())).thenComparing(ImportSpec.Mapping::name));
    List<ImportSpec.Mapping> entries = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (ImportSpec.Mapping e : written) {
      String before = seen.putIfAbsent(Header.normalize(e.name()), e.name());
      if (before != null) {
        run.diagnostics.report(
            Rule.DUPLICATE_KEY,
            e.at(),
            "column '" + e.name() + "' is mapped twice in the import of '" + run.spec.file() + "' (also as '" + before
                + "'; column names match regardless of letter case); keep one");
        continue;
      }
      entries.add(e);
    }
    return new ColumnMapping(entries, aliases);
  }

  List<ImportSpec.Mapping> entries() {
    return entries;
  }

  /** The header index of a mapped column (or of one of its other names), or -1. */
  int find(Header header, ImportSpec.Mapping entry, Finder finder) {
    int i = finder.find(header, entry.name());
    if (i >= 0) {
      return i;
    }
    for (String other : aliases.getOrDefault(Header.normalize(entry.name()), List.of())) {
      i = finder.find(header, other);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Finds every mapped column in a one-table export, reporting the missing ones; the columns found, in header order. */
  List<Column> resolve(Header header, ImportRun run, Finder finder) {
    List<Column> found = new ArrayList<>();
    for (ImportSpec.Mapping e : entries) {
      int i = find(header, e, finder);
      if (i < 0) {
        reportMissing(e, "metric '" + e.target().id() + "'", header.names(), header.shown(), headerAt(run, header), run);
      } else {
        found.add(new Column(i, e));
      }
    }
    found.sort(Comparator.comparingInt(Column::index));
    return found;
  }

  static Location headerAt(ImportRun run, Header header) {
    return new Location(run.file, header.line(), 1);
  }

  /**
   * Reports a column the import names that the export does not have: at the name in the import (the YAML
   * key), naming the export, the columns found and the nearest of them.
   *
   * @param role what the column is for: {@code metric 'impressions'}, {@code the cost}
   */
  static void reportMissing(ImportSpec.Mapping e, String role, List<String> names, String found, Location header, ImportRun run) {
    run.diagnostics.report(
        Rule.MISSING_FIELD,
        e.at(),
        run.what() + " has no column '" + e.name() + "', which the import maps to " + role + "; the columns found are: "
            + found + ". Fix the column name in the import, or export that column",
        ColumnNames.didYouMean(e.name(), names),
        List.of(header));
  }
}
