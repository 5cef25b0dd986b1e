package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Ref;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.SourceFile;
import io.github.socialstrategy.core.model.Suggestions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An import's {@code metrics} mapping (export column name to metric id), matched against an export's
 * header. Column names match case-insensitively after trimming; a format may also accept other names for a
 * column (older X files say {@code favorites} where newer ones say {@code likes}). Several columns may map
 * to one metric: their values add up ({@code impressions} and {@code promoted impressions} both to
 * {@code impressions}).
 */
final class ColumnMapping {

  /** One mapped column as the import writes it. */
  record Entry(String column, Ref metric) {}

  /** A mapped column found in a header. */
  record Column(int index, String name, String metric) {}

  private final List<Entry> entries;
  private final Map<String, List<String>> aliases;

  private ColumnMapping(List<Entry> entries, Map<String, List<String>> aliases) {
    this.entries = entries;
    this.aliases = aliases;
  }

  /**
   * The import's mapping, in the order of its column names. Two names that differ only in letter case or
   * surrounding spaces are one column: the second is reported and ignored.
   *
   * @param aliases for a column name (normalized), the other names it may have in the export
   */
  static ColumnMapping of(ImportSpec spec, Map<String, List<String>> aliases, Diagnostics diagnostics) {
    List<Map.Entry<String, Ref>> written = new ArrayList<>(spec.metrics().entrySet());
    written.sort(Map.Entry.comparingByKey(Comparator.comparing(Header::normalize).thenComparing(Comparator.naturalOrder())));
    List<Entry> entries = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Map.Entry<String, Ref> e : written) {
      String key = Header.normalize(e.getKey());
      String before = seen.putIfAbsent(key, e.getKey());
      if (before != null) {
        diagnostics.report(
            Rule.DUPLICATE_KEY,
            e.getValue().location(),
            "column '" + e.getKey() + "' is mapped twice in the import of '" + spec.file() + "' (also as '" + before
                + "'; column names match regardless of letter case); keep one");
        continue;
      }
      entries.add(new Entry(e.getKey(), e.getValue()));
    }
    return new ColumnMapping(entries, aliases);
  }

  List<Entry> entries() {
    return entries;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The header index of a mapped column (or of one of its other names), or -1. */
  int find(Header header, Entry entry) {
    int i = header.find(entry.column());
    if (i >= 0) {
      return i;
    }
    return header.findAny(aliases.getOrDefault(Header.normalize(entry.column()), List.of()));
  }

  /**
   * Finds every mapped column in a one-table export, reporting the missing ones and the ambiguous ones.
   *
   * @param what the export, for messages: {@code this x-analytics export}
   * @return the columns found, in header order
   */
  List<Column> resolve(Header header, String what, SourceFile file, Diagnostics diagnostics) {
    List<Column> found = new ArrayList<>();
    for (Entry e : entries) {
      int i = find(header, e);
      if (i < 0) {
        reportMissing(e, what, header.names(), header.shown(), new Location(file, header.line(), 1), diagnostics);
        continue;
      }
      reportRepeated(header, i, file, diagnostics);
      found.add(new Column(i, header.name(i), e.metric().id()));
    }
    found.sort(Comparator.comparingInt(Column::index));
    return found;
  }

  /** The names the import maps, for messages. */
  String expected() {
    List<String> names = new ArrayList<>();
    for (Entry e : entries) {
      names.add(e.column());
    }
    return String.join(", ", names);
  }

  /** Reports a mapped column that the export does not have. */
  void reportMissing(Entry e, String what, List<String> names, String found, Location at, Diagnostics diagnostics) {
    diagnostics.report(
        Rule.MISSING_FIELD,
        at,
        what + " has no column '" + e.column() + "', which the import maps to metric '" + e.metric().id()
            + "'; expected columns: " + expected() + "; found: " + found
            + ". Fix the column name in the import's 'metrics', or export the column",
        Suggestions.didYouMean(e.column(), names),
        List.of(e.metric().location()));
  }

  /** Reports a mapped column whose name the header repeats; the first is read. */
  static void reportRepeated(Header header, int i, SourceFile file, Diagnostics diagnostics) {
    String name = header.name(i);
    if (!header.isRepeated(name)) {
      return;
    }
    int second = header.second(name);
    diagnostics.report(
        Rule.DUPLICATE_KEY,
        new Location(file, header.line(), header.column(second)),
        "column '" + name + "' appears twice in the header; the first one (column " + header.column(i)
            + ") is read, this one is ignored");
  }
}
