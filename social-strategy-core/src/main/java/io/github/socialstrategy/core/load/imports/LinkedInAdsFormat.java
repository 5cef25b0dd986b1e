package io.github.socialstrategy.core.load.imports;

import java.util.List;

/**
 * {@code linkedin-ads}: LinkedIn Campaign Manager performance reports (CSV), whose table follows a few lines
 * of report facts ({@code Campaign Performance Report (in UTC)}, {@code Report Start: 09/01/2026}, {@code
 * Report End: 09/30/2026}, ...), one row per campaign (or creative) and period ({@code Start Date (in UTC),
 * Account Name, Campaign Group Name, Campaign Name, Campaign ID, Currency, Total Spent, Impressions, Clicks,
 * ...}). Export it with the daily time breakdown: each row is then dated by its {@code Start Date (in UTC)}
 * ({@code 09/01/2026}). Name {@code Total Spent} in the import's {@code cost}.
 */
final class LinkedInAdsFormat extends TableFormat {

  private static final List<String> CAMPAIGNS = List.of("campaign name", "campaign");

  @Override
  public String id() {
    return "linkedin-ads";
  }

  @Override
  String expected() {
    return "Start Date (in UTC), Account Name, Campaign Group Name, Campaign Name, Campaign ID, Currency, Total Spent, "
        + "Impressions, Clicks, ...";
  }

  @Override
  boolean isHeader(Header header) {
    return header.findAny(CAMPAIGNS) >= 0 && header.findAny(List.of("start date (in utc)", "total spent")) >= 0;
  }

  @Override
  List<String> dateColumns() {
    return List.of("start date (in utc)", "date", "day");
  }

  @Override
  boolean headerMayComeLater() {
    return true;
  }

  @Override
  public List<String> campaignColumns() {
    return CAMPAIGNS;
  }
}
