package io.github.socialstrategy.core.load.imports;

import java.util.List;

/**
 * {@code pinterest}: Pinterest Analytics exports ({@code Analytics > Overview > Export}, CSV):
 *
 * <ul>
 *   <li>the overview's daily metrics, one row per day ({@code Date, Impressions, Engagements, Pin clicks,
 *       Outbound clicks, Saves, Engagement rate, ...}), dated by {@code Date};
 *   <li>the top Pins or boards table, one row per Pin with its totals over the export's range ({@code Pin
 *       ID, Title, ..., Impressions, Pin clicks, Outbound clicks, Saves}): dated at the range's end, so such
 *       an import needs its {@code period} unless the export states its range above the table.
 * </ul>
 *
 * Pinterest may put a title and the date range above the table; the header is the first row with a {@code
 * Date} column or a Pin column.
 */
final class PinterestFormat extends TableFormat {

  @Override
  public String id() {
    return "pinterest";
  }

  @Override
  String expected() {
    return "Date, Impressions, Engagements, Pin clicks, Outbound clicks, Saves, ... (daily metrics) or Pin ID, ..., "
        + "Impressions, Pin clicks, Outbound clicks, Saves (top Pins)";
  }

  @Override
  boolean isHeader(Header header) {
    return header.find("date") >= 0 && header.findAny(List.of("impressions", "pin clicks", "saves", "outbound clicks")) >= 0
        || header.findAny(List.of("pin id", "pin", "pin url", "board")) >= 0 && header.find("impressions") >= 0;
  }

  @Override
  List<String> dateColumns() {
    return List.of("date");
  }

  @Override
  boolean headerMayComeLater() {
    return true;
  }
}
