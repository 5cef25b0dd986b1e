package io.github.socialstrategy.core.load.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header row of an export: its column names, where each was written, and lookup by name. A column is
 * found by its name (any letter case, surrounding spaces ignored); where the export repeats a name, the
 * n-th copy is {@code Name.2}, {@code Name.3} (as pandas names them) and the plain name is the first copy;
 * where the export has a second, descriptive header row, a column is also found by that row's text.
 */
final class Header {

  private static final Pattern NTH = Pattern.compile("(.+)\\.(\\d{1,3})");

  private final int line;
  private final List<String> names = new ArrayList<>();
  private final int[] lines;
  private final int[] columns;
  private final Map<String, List<Integer>> byName = new HashMap<>();
  private final Map<String, List<Integer>> byDescription = new HashMap<>();
  private final List<String> descriptions = new ArrayList<>();

  private Header(ExportRows rows) {
    this.line = rows.recordLine();
    this.lines = new int[rows.size()];
    this.columns = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      String name = rows.cell(i).strip();
      names.add(name);
      lines[i] = rows.line(i);
      columns[i] = rows.column(i);
      byName.computeIfAbsent(normalize(name), k -> new ArrayList<>()).add(i);
    }
  }

  /** The current row, read as a header. */
  static Header of(ExportRows rows) {
    return new Header(rows);
  }

  /** A column name as compared: trimmed, inner runs of spaces and line breaks as one space, in lower case. */
  static String normalize(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Takes the current row as the header's descriptions (a second header row explaining each column). */
  void describe(ExportRows rows) {
    for (int i = 0; i < width(); i++) {
      String d = rows.cellOrEmpty(i).strip();
      descriptions.add(d);
      if (!d.isEmpty()) {
        byDescription.computeIfAbsent(normalize(d), k -> new ArrayList<>()).add(i);
      }
    }
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

  /** The line of a header cell (several for a header with line breaks in its cells). */
  int line(int i) {
    return lines[i];
  }

  /** The column (character position, or the sheet's column number) where a header cell starts. */
  int column(int i) {
    return columns[i];
  }

  /**
   * The index of a column: by name (the first copy of a repeated name), else {@code Name.n} for the n-th
   * copy, else by the text of the descriptive header row when that text is unique; -1 when none.
   */
  int find(String name) {
    String key = normalize(name);
    List<Integer> hits = byName.get(key);
    if (hits != null) {
      return hits.get(0);
    }
    Matcher m = NTH.matcher(key);
    if (m.matches()) {
      List<Integer> copies = byName.get(m.group(1).strip());
      int n = Integer.parseInt(m.group(2));
      if (copies != null && n >= 1 && n <= copies.size()) {
        return copies.get(n - 1);
      }
    }
    List<Integer> described = byDescription.get(key);
    return described != null && described.size() == 1 ? described.get(0) : -1;
  }

  /** Whether the header has every one of these columns. */
  boolean hasAll(String... names) {
    for (String n : names) {
      if (find(n) < 0) {
        return false;
      }
    }
    return true;
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

  /** How a column is named in a message: {@code 'Impressions' (column E)}, with the copy number of a repeated name. */
  String describe(int i) {
    String name = names.get(i);
    List<Integer> copies = byName.get(normalize(name));
    String copy = copies != null && copies.size() > 1 ? " (copy " + (copies.indexOf(i) + 1) + ")" : "";
    return "'" + name + "'" + copy + " (column " + WorkbookCells.letters(i) + ")";
  }

  /** The names a mapping can use: every non-blank name, and {@code Name.n} for the later copies of a repeated name. */
  List<String> names() {
    List<String> shown = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String n : names) {
      if (n.isEmpty()) {
        continue;
      }
      int copy = seen.merge(normalize(n), 1, Integer::sum);
      shown.add(copy == 1 ? n : n + "." + copy);
    }
    return shown;
  }

  /** The column names for a message: {@code Date, Impressions, ...}, or {@code (none)}. */
  String shown() {
    List<String> n = names();
    return n.isEmpty() ? "(none)" : String.join(", ", n);
  }
}
