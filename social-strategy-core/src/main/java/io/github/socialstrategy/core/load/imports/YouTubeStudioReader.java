package io.github.socialstrategy.core.load.imports;

import java.util.List;

/**
 * {@code youtube-studio}: the {@code Table data.csv} of a YouTube Studio export ({@code Content, Video title,
 * Video publish time, Duration, Views, Watch time (hours), Subscribers, Impressions, Impressions
 * click-through rate (%)} and more, depending on what the user selected).
 *
 * <p>The table has no date per measurement, only per video: a row is dated by its {@code Video publish time}
 * ({@code Jul 14, 2026}), so everything a video gathered over the export's period counts on the day it was
 * published. When the export is broken down by day instead (a {@code Date} column), that date is used.
 *
 * <p>The header is the first row. The first data row is the {@code Total} row; it is skipped. Subscriber
 * counts can be negative (more lost than gained) and are taken as they are.
 */
final class YouTubeStudioReader extends TableExportReader {

  private static final List<String> DATE_COLUMNS = List.of("date", "video publish time");

  YouTubeStudioReader(CsvRecords.Opener opener) {
    super(opener);
  }

  @Override
  String format() {
    return "youtube-studio";
  }

  @Override
  String expectedColumns() {
    return "Content, Video title, Video publish time, Duration, Views, Watch time (hours), Subscribers, Impressions, "
        + "Impressions click-through rate (%), ... (at least 'Video publish time' or 'Date')";
  }

  @Override
  int dateColumn(Header header) {
    return header.findAny(DATE_COLUMNS);
  }
}
