package io.github.socialstrategy.core.load.imports;

import java.util.List;
import java.util.Set;

/**
 * {@code tiktok}: the files of TikTok's analytics download (TikTok Studio or the Business Suite, CSV or
 * {@code .xlsx}):
 *
 * <ul>
 *   <li>{@code Overview} ({@code Date, Video Views, Profile Views, Likes, Comments, Shares}), {@code
 *       FollowerHistory} ({@code Date, Followers, Difference in followers from previous day}) and {@code
 *       Viewers} ({@code Date, Total Viewers, New Viewers, Returning Viewers}): one row per day;
 *   <li>{@code Content} (one row per video: {@code Video title, Video link, Post time, Total likes, Total
 *       comments, Total shares, Total views}), dated by {@code Post time}: a video's lifetime figures count on
 *       the day it was posted, as posts do on the other platforms.
 * </ul>
 *
 * TikTok writes days without a year ({@code August 31}); the year comes from the range the export covers,
 * so these imports need a {@code period}. A missing value is {@code NaN} or {@code undefined}, read as none.
 */
final class TikTokFormat extends DatedTableFormat {

  private static final List<String> DATE_COLUMNS = List.of("date", "post time", "video post time", "time");

  TikTokFormat() {
    super(DATE_COLUMNS, false);
  }

  @Override
  public String id() {
    return "tiktok";
  }

  @Override
  String expected() {
    return "Date, Video Views, Profile Views, Likes, Comments, Shares (Overview), Date, Followers, ... (FollowerHistory), "
        + "Date, Total Viewers, ... (Viewers), or Video title, Video link, Post time, Total likes, ... (Content)";
  }

  @Override
  Set<String> noneWords() {
    return Set.of("nan", "undefined", "null");
  }
}
