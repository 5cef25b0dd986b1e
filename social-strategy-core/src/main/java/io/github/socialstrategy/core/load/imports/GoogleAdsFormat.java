package io.github.socialstrategy.core.load.imports;

import java.util.List;

/**
 * {@code google-ads}: Google Ads report downloads (CSV, "Excel CSV" in UTF-16 with tabs, TSV or {@code .xlsx}):
 * a title line ({@code Campaign report}), the date range ({@code "January 1, 2026 - January 31, 2026"}), then
 * the table ({@code Campaign, Campaign state, Campaign type, Day, Currency code, Cost, Impr., Clicks,
 * Conversions, ...}) and its totals rows ({@code Total: Account}, {@code Total: Campaigns}, ...), which are
 * skipped. A report segmented by {@code Day} is dated per row; otherwise its rows are totals over the stated
 * range and are dated at its end. Google writes {@code --} for no value and may prefix amounts with a
 * currency sign. Name {@code Cost} in the import's {@code cost}.
 */
final class GoogleAdsFormat extends TableFormat {

  private static final List<String> CAMPAIGNS = List.of("campaign", "campaign name");

  @Override
  public String id() {
    return "google-ads";
  }

  @Override
  String expected() {
    return "Campaign, Campaign state, Campaign type, Day, Currency code, Cost, Impr., Clicks, Conversions, ...";
  }

  @Override
  boolean isHeader(Header header) {
    return header.findAny(CAMPAIGNS) >= 0 && header.findAny(List.of("cost", "impr.", "impressions", "clicks")) >= 0;
  }

  @Override
  List<String> dateColumns() {
    return List.of("day", "date");
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
