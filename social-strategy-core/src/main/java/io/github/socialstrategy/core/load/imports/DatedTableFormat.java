package io.github.socialstrategy.core.load.imports;

import java.util.List;

/**
 * A table format recognised by its date column: the header is the first row that has one of the format's date
 * columns, and that column dates each row (a post's publish time, a day). Most platforms' post and page
 * exports are of this kind; they differ in the names of the date column and in what may stand above the header.
 */
abstract class DatedTableFormat extends TableFormat {

  private final List<String> dateColumns;
  private final boolean headerMayComeLater;

  /**
   * @param dateColumns the date column's names (normalized), in order of preference
   * @param headerMayComeLater whether a title or notes may stand above the header
   */
  DatedTableFormat(List<String> dateColumns, boolean headerMayComeLater) {
    this.dateColumns = List.copyOf(dateColumns);
    this.headerMayComeLater = headerMayComeLater;
  }

  @Override
  final boolean isHeader(Header header) {
    return header.findAny(dateColumns) >= 0;
  }

  @Override
  final List<String> dateColumns() {
    return dateColumns;
  }

  @Override
  final boolean headerMayComeLater() {
    return headerMayComeLater;
  }
}
