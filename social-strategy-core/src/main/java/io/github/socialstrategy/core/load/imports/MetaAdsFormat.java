package io.github.socialstrategy.core.load.imports;

import java.util.List;

/**
 * {@code meta-ads}: Meta Ads Manager exports ({@code Reports > Export table data}, CSV or {@code .xlsx}, whose
 * sheet is {@code Raw Data Report}), one row per campaign, ad set or ad ({@code Campaign name, Ad set name,
 * Ad name, Reporting starts, Reporting ends, Reach, Impressions, Results, Result indicator, Amount spent
 * (EUR), Link clicks, CPC (cost per link click) (EUR), ...}). A row broken down by day carries a {@code Day}
 * column and is dated by it; otherwise it is a total over its own range and is dated at its {@code
 * Reporting ends}. The spend column names its currency; name it in the import's {@code cost}.
 */
final class MetaAdsFormat extends TableFormat {

  private static final List<String> CAMPAIGNS = List.of("campaign name", "campaign");

  @Override
  public String id() {
    return "meta-ads";
  }

  @Override
  String expected() {
    return "Campaign name, Ad set name, Ad name, Reporting starts, Reporting ends, Reach, Impressions, Results, "
        + "Amount spent (EUR), Link clicks, ... (at least 'Reporting starts' and 'Reporting ends', or 'Day')";
  }

  @Override
  boolean isHeader(Header header) {
    return header.findAny(List.of("reporting starts", "reporting ends", "day")) >= 0 && header.findAny(CAMPAIGNS) >= 0
        || header.hasAll("reporting starts", "reporting ends");
  }

  @Override
  List<String> dateColumns() {
    return List.of("day", "date");
  }

  @Override
  List<String> rangeEndColumns() {
    return List.of("reporting ends");
  }

  @Override
  public List<String> campaignColumns() {
    return CAMPAIGNS;
  }
}
