package io.github.socialstrategy.core.load.imports;

import java.util.List;

/**
 * {@code meta-business-suite}: Facebook and Instagram exports from Meta Business Suite, one row per post
 * ({@code Post ID, Page ID, Page name, Title, Description, Publish time, Permalink, Post type, Date, Views,
 * Reach, Reactions, Comments, Shares, Total clicks}; Instagram also {@code Likes, Saves, Follows}), and
 * legacy Page Insights exports, one row per day.
 *
 * <p>The column set drifts from month to month, so columns are only ever found by name. Numbers may be
 * quoted with thousands separators ({@code "15,000"}). A row is dated by {@code Publish time}
 * ({@code 07/14/2026 09:30}: month first, time dropped) when the export has it, else by {@code Posted}
 * (legacy post exports), else by {@code Date} (legacy Page Insights; in post exports {@code Date} says
 * {@code Lifetime}, which is why {@code Publish time} comes first).
 *
 * <p>The header is the first row. Legacy Page Insights files start with a byte-order mark (dropped) and
 * have a second header row of column descriptions: a first row whose date cell is empty and whose other
 * cells are text, not numbers, is skipped.
 */
final class MetaBusinessSuiteReader extends TableExportReader {

  private static final List<String> DATE_COLUMNS = List.of("publish time", "posted", "date");

  MetaBusinessSuiteReader(CsvRecords.Opener opener) {
    super(opener);
  }

  @Override
  String format() {
    return "meta-business-suite";
  }

  @Override
  String expectedColumns() {
    return "Post ID, Page ID, Page name, Title, Description, Publish time, Permalink, Post type, Date, Views, Reach, "
        + "Reactions, Comments, Shares, Total clicks (any order; at least a 'Publish time' or 'Date' column)";
  }

  @Override
  int dateColumn(Header header) {
    return header.findAny(DATE_COLUMNS);
  }

  @Override
  boolean isDescriptionRow(CsvRecords csv, int dateColumn) {
    if (dateColumn < csv.size() && !csv.cell(dateColumn).isBlank()) {
      return false;
    }
    boolean text = false;
    for (int i = 0; i < csv.size(); i++) {
      String cell = csv.cell(i);
      if (ExportCells.isAbsent(cell)) {
        continue;
      }
      if (ExportCells.number(cell) != null) {
        return false;
      }
      text = true;
    }
    return text;
  }
}
