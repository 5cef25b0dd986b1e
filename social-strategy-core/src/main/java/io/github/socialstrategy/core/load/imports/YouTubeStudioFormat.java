package io.github.socialstrategy.core.load.imports;

import java.util.List;

/**
 * {@code youtube-studio}: the files of a YouTube Studio export ({@code Advanced mode} then {@code Export},
 * which downloads a folder named like {@code Content 2026-07-01_2026-09-30 Acme}):
 *
 * <ul>
 *   <li>{@code Table data.csv}: one row per video ({@code Content, Video title, Video publish time, Duration,
 *       Views, Watch time (hours), Subscribers, Impressions, ...}) with its totals over the export's date
 *       range. Its rows are dated at the range's end: the import's {@code date} or {@code period}, else the
 *       range in the folder's (or file's) name as YouTube writes it. A video's publish time is not when its
 *       views happened, so it never dates a row (and a blank one, as older or unlisted videos have, is no
 *       error). The first data row is the {@code Total} row; it is skipped;
 *   <li>{@code Chart data.csv} and {@code Totals.csv}: one row per day (and per video), dated by {@code Date}.
 * </ul>
 *
 * A table broken down by another dimension ({@code Subscription status}, {@code Traffic source}, {@code
 * Geography}, ...) is read the same way: one row per value of the dimension, totals over the range.
 * Subscriber counts can be negative (more lost than gained) and are taken as they are.
 */
final class YouTubeStudioFormat extends TableFormat {

  @Override
  public String id() {
    return "youtube-studio";
  }

  @Override
  String expected() {
    return "Content, Video title, Video publish time, Duration, Views, Watch time (hours), Subscribers, Impressions, "
        + "Impressions click-through rate (%), ... (Table data.csv) or Date, Views, ... (Chart data.csv, Totals.csv)";
  }

  @Override
  boolean isHeader(Header header) {
    // Table data may be broken down by any dimension (Content, Traffic source, Subscription status, ...).
    return header.findAny(List.of("content", "video title", "date", "views", "watch time (hours)", "subscribers")) >= 0;
  }

  @Override
  List<String> dateColumns() {
    return List.of("date");
  }
}
