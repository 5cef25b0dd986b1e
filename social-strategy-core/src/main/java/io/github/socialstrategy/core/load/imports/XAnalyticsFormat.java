package io.github.socialstrategy.core.load.imports;

import java.util.List;
import java.util.Map;

/**
 * {@code x-analytics}: X (Twitter) analytics exports, one row per post. Two generations:
 *
 * <ul>
 *   <li>tweet activity ({@code Tweet id, Tweet permalink, Tweet text, time, impressions, engagements, ...},
 *       then the same columns again prefixed {@code promoted }, where {@code -} marks a post that was not
 *       promoted). The row's date is {@code time} ({@code 2017-04-01 14:05 +0000}): its date part, which
 *       with X's {@code +0000} is the UTC date. Older files say {@code favorites} where newer ones say
 *       {@code likes}: a mapping naming either finds either ({@code promoted likes} likewise);
 *   <li>account posts ({@code Post id, Date, Post text, Post Link, Impressions, Likes, ...}), dated by
 *       {@code Date} ({@code Tue, Jul 14, 2026}).
 * </ul>
 *
 * The header is the first row.
 */
final class XAnalyticsFormat extends TableFormat {

  private static final Map<String, List<String>> ALIASES =
      Map.of(
          "likes", List.of("favorites"),
          "favorites", List.of("likes"),
          "promoted likes", List.of("promoted favorites"),
          "promoted favorites", List.of("promoted likes"));

  @Override
  public String id() {
    return "x-analytics";
  }

  @Override
  String expected() {
    return "Tweet id, Tweet permalink, Tweet text, time, impressions, engagements, ... (tweet activity) or "
        + "Post id, Date, Post text, Post Link, Impressions, Likes, ... (account posts)";
  }

  @Override
  boolean isHeader(Header header) {
    return header.hasAll("tweet id", "time") || header.hasAll("post id", "date");
  }

  @Override
  List<String> dateColumns() {
    return List.of("time", "date");
  }

  @Override
  Map<String, List<String>> aliases() {
    return ALIASES;
  }
}
