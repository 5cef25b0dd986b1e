package io.github.socialstrategy.core.load.imports;

import java.util.List;

/**
 * {@code meta-business-suite}: Facebook and Instagram exports from Meta Business Suite and the older Page
 * Insights:
 *
 * <ul>
 *   <li>content exports, one row per post ({@code Post ID, Page ID, Page name, Title, Description, Publish
 *       time, Permalink, Post type, Date, Views, Reach, Reactions, Comments, Shares, Total clicks}; Instagram
 *       also {@code Likes, Saves, Follows}), dated by {@code Publish time} ({@code 07/14/2026 09:30}: month
 *       first, time dropped): a post's lifetime figures count on the day it was published. Their {@code Date}
 *       column says {@code Lifetime}, which is why {@code Publish time} comes first;
 *   <li>account (Insights overview) exports, one file per metric: UTF-16 text starting {@code sep=,}, a title
 *       line naming the metric ({@code "Views"}), then {@code "Date","Primary"}, one row per day. The value
 *       column is found by the title as well as by {@code Primary}, so {@code Views: views} maps it;
 *   <li>legacy Page Insights exports: page data, one row per day ({@code Date}), and post data, one row per
 *       post ({@code Posted}); both have a second header row of column descriptions, by whose text a column
 *       can be named, and post data repeats column names ({@code Lifetime Post Organic Reach.2} is the second
 *       copy).
 * </ul>
 *
 * The column set drifts from month to month, so columns are only ever found by name.
 */
final class MetaBusinessSuiteFormat extends DatedTableFormat {

  private static final List<String> DATE_COLUMNS = List.of("publish time", "posted", "date");

  MetaBusinessSuiteFormat() {
    super(DATE_COLUMNS, true);
  }

  @Override
  public String id() {
    return "meta-business-suite";
  }

  @Override
  String expected() {
    return "Post ID, Page ID, Page name, Title, Description, Publish time, Permalink, Post type, Date, Views, Reach, "
        + "Reactions, Comments, Shares, Total clicks (any order; at least a 'Publish time', 'Posted' or 'Date' column)";
  }


  @Override
  int find(Header header, String name, String title) {
    int i = header.find(name);
    if (i < 0 && header.width() == 2 && Header.normalize(title).equals(Header.normalize(name))) {
      return header.find("primary");
    }
    return i;
  }
}
