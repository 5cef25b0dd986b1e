package io.github.socialstrategy.core.load.imports;

import java.util.List;

/**
 * {@code sprout-social}: Sprout Social report exports (CSV):
 *
 * <ul>
 *   <li>Post Performance, one row per post ({@code Date, Post ID, Network, Post Type, Content Type, Profile,
 *       Sent by, Link, Post, Impressions, Reach, Engagements, Reactions, Likes, Comments, Shares, Post Link
 *       Clicks, Other Post Clicks, Video Views, ...}), dated by {@code Date} ({@code 06/17/2026 9:00 am});
 *   <li>Profile Performance, one row per day and profile ({@code Date, Network, Profile, Audience, Net
 *       Audience Growth, Audience Gained, Published Posts (Total), Impressions, Video Views, Engagements,
 *       Engagement Rate (per Impression), Post Link Clicks, ...}), dated by {@code Date}.
 * </ul>
 *
 * Metrics a network does not report are blank; a blank cell is no value.
 */
final class SproutSocialFormat extends TableFormat {

  @Override
  public String id() {
    return "sprout-social";
  }

  @Override
  String expected() {
    return "Date, Post ID, Network, Post Type, Profile, ..., Impressions, Engagements, ... (post performance) or Date, "
        + "Network, Profile, Audience, Net Audience Growth, ... (profile performance)";
  }

  @Override
  boolean isHeader(Header header) {
    return header.find("date") >= 0 && header.findAny(List.of("network", "profile")) >= 0;
  }

  @Override
  List<String> dateColumns() {
    return List.of("date");
  }
}
