package io.github.socialstrategy.core.load.imports;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A format whose export is one table: a header row naming the columns (found by name, never by position),
 * optionally a second row describing them, then one row per post, video, campaign or day. A format says how
 * its header is recognised and which columns date a row; {@link TableReader} does the rest, the same way for
 * every platform (see the {@linkplain io.github.socialstrategy.core.load.imports package documentation}).
 */
abstract class TableFormat implements ExportFormat {

  /** The columns this format's exports have, for the message when a file does not look like one. */
  abstract String expected();

  /** Whether a row is this format's header. */
  abstract boolean isHeader(Header header);

  /** The columns that date each row, in order of preference; none when rows are totals over the export's range. */
  List<String> dateColumns() {
    return List.of();
  }

  /**
   * The columns that end each row's own range (Meta's {@code Reporting ends}): a row with such a range is a
   * total over it and is dated at its end. Used when no date column is found.
   */
  List<String> rangeEndColumns() {
    return List.of();
  }

  /** Whether rows (a title, notes) may come before the header; they are skipped, and a range they state is used. */
  boolean headerMayComeLater() {
    return false;
  }

  /** For a column name (normalized), the other names the export may give it. */
  Map<String, List<String>> aliases() {
    return Map.of();
  }

  /** Words (lower case) that this platform writes in a number cell for "no value", beyond empty and {@code -}. */
  Set<String> noneWords() {
    return Set.of();
  }

  /**
   * Finds a mapped name in the header. {@code title} is the line right above the header (a per-metric export
   * may name its one value column there).
   */
  int find(Header header, String name, String title) {
    return header.find(name);
  }

  @Override
  public final void read(ExportRows rows, ImportRun run) throws IOException, ExportRows.UnreadableException {
    new TableReader(this, run).read(rows);
  }

  @Override
  public String toString() {
    return id();
  }
}
