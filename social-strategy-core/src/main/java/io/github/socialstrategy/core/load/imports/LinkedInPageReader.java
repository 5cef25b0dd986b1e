package io.github.socialstrategy.core.load.imports;

/**
 * {@code linkedin-page}: LinkedIn page analytics exports, one row per day ({@code Date, Impressions
 * (organic), Impressions (sponsored), Impressions (total), Unique impressions (organic), Clicks (organic),
 * ..., Reactions (...), Comments (...), Reposts (...), Engagement rate (...)}), dated by {@code Date}
 * ({@code 07/14/2026}: month first).
 *
 * <p>The header is not always the first row: LinkedIn may put a title or notes above it. The header is the
 * first row with a {@code Date} cell; the rows before it are skipped.
 */
final class LinkedInPageReader extends TableExportReader {

  LinkedInPageReader(CsvRecords.Opener opener) {
    super(opener);
  }

  @Override
  String format() {
    return "linkedin-page";
  }

  @Override
  String expectedColumns() {
    return "Date, Impressions (organic), Impressions (sponsored), Impressions (total), Unique impressions (organic), "
        + "Clicks (organic), ..., Reactions (...), Comments (...), Reposts (...), Engagement rate (...)";
  }

  @Override
  int dateColumn(Header header) {
    return header.find("date");
  }

  @Override
  boolean headerMayComeLater() {
    return true;
  }
}
