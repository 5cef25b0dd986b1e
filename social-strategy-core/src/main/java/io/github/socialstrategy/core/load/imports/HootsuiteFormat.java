package io.github.socialstrategy.core.load.imports;

import java.util.List;

/**
 * {@code hootsuite}: Hootsuite Analytics report exports (CSV or {@code .xlsx}): post performance tables, one
 * row per post ({@code Date (GMT)} or {@code Date}, {@code Post ID, Message, Profile, Network, Impressions,
 * Reach, Engagements, Reactions, Comments, Shares, Link clicks, Video views, ...}), and profile tables, one
 * row per day and profile ({@code Date, Profile, Followers, Impressions, Engagements, ...}). Hootsuite may put
 * the report's title and date range above the table; they are skipped, and the range is known.
 */
final class HootsuiteFormat extends DatedTableFormat {

  private static final List<String> DATE_COLUMNS =
      List.of("date (gmt)", "date (utc)", "date", "post date", "published date", "created time", "published");

  HootsuiteFormat() {
    super(DATE_COLUMNS, true);
  }

  @Override
  public String id() {
    return "hootsuite";
  }

  @Override
  String expected() {
    return "Date (GMT) (or Date, Post date), Post ID, Message, Profile, Network, Impressions, Reach, Engagements, "
        + "Reactions, Comments, Shares, Link clicks, ...";
  }
}
