package io.github.socialstrategy.core.load.imports;

import java.util.List;

/**
 * {@code x-ads}: X Ads campaign exports (the campaign dashboard's {@code Export}, CSV or {@code .xlsx}), one
 * row per campaign (or ad group, or ad) and day ({@code ID, Campaign, Campaign URL, Time, Campaign start
 * date, Campaign end date, Spend, Impressions, Engagements, Billed engagements, Reposts, Replies, Follows,
 * Clicks, Media engagements, Likes, ...}; the columns differ by the campaign's objective), dated by {@code
 * Time} (the day, or the day of an hour when the export is hourly). Name {@code Spend} in the import's {@code
 * cost}.
 */
final class XAdsFormat extends TableFormat {

  private static final List<String> CAMPAIGNS = List.of("campaign", "campaign name");

  @Override
  public String id() {
    return "x-ads";
  }

  @Override
  String expected() {
    return "ID, Campaign, Campaign URL, Time, Campaign start date, Campaign end date, Spend, Impressions, Engagements, ...";
  }

  @Override
  boolean isHeader(Header header) {
    return header.findAny(CAMPAIGNS) >= 0 && header.findAny(List.of("time", "date")) >= 0;
  }

  @Override
  List<String> dateColumns() {
    return List.of("time", "date", "day");
  }

  @Override
  public List<String> campaignColumns() {
    return CAMPAIGNS;
  }
}
