package io.github.socialstrategy.core.load.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A header row of an export: its column names, where each was written, and lookup by name. */
final class Header {

  private final int line;
  private final List<String> names = new ArrayList<>();
  private final int[] columns;
  private final Map<String, Integer> firstIndex = new HashMap<>();
  private final Map<String, Integer> count = new HashMap<>();

  private Header(CsvRecords csv) {
    this.line = csv.recordLine();
    this.columns = new int[csv.size()];
    for (int i = 0; i < csv.size(); i++) {
      String name = csv.cell(i).strip();
      names.add(name);
      columns[i] = csv.column(i);
      String key = normalize(name);
      firstIndex.putIfAbsent(key, i);
      count.merge(key, 1, Integer::sum);
    }
  }

  /** The current record, read as a header. */
  static Header of(CsvRecords csv) {
    return new Header(csv);
  }

  /** A column name as compared: trimmed, in lower case. */
  static String normalize(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  int line() {
    return line;
  }

  int width() {
    return names.size();
  }

  /** A column's name as written (trimmed). */
  String name(int i) {
    return names.get(i);
  }

  /** The column (character position) where a header cell starts. */
  int column(int i) {
    return columns[i];
  }

  /** The index of the first column with this name (compared case-insensitively, trimmed), or -1. */
  int find(String name) {
    return firstIndex.getOrDefault(normalize(name), -1);
  }

  /** The index of the first of these names that the header has, or -1. */
  int findAny(List<String> candidates) {
    for (String c : candidates) {
      int i = find(c);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the header names this column more than once. */
  boolean isRepeated(String name) {
    return count.getOrDefault(normalize(name), 0) > 1;
  }

  /** The index of the second column with this name, or -1. */
  int second(String name) {
    String key = normalize(name);
    int first = find(key);
    for (int i = first + 1; first >= 0 && i < names.size(); i++) {
      if (normalize(names.get(i)).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The non-blank column names, as written. */
  List<String> names() {
    List<String> shown = new ArrayList<>();
    for (String n : names) {
      if (!n.isEmpty()) {
        shown.add(n);
      }
    }
    return shown;
  }

  /** The column names for a message: {@code Date, Impressions, ...}, or {@code (none)}. */
  String shown() {
    List<String> n = names();
    return n.isEmpty() ? "(none)" : String.join(", ", n);
  }
}
