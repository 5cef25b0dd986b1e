package io.github.socialstrategy.core.load.imports;

import java.util.List;

/**
 * {@code linkedin-page}: LinkedIn page analytics exports, as CSV, {@code .xls} or {@code .xlsx}:
 *
 * <ul>
 *   <li>content metrics, one row per day ({@code Date, Impressions (organic), Impressions (sponsored),
 *       Impressions (total), Unique impressions (organic), Clicks (organic), ..., Reactions (...), Comments
 *       (...), Reposts (...), Engagement rate (...)});
 *   <li>content posts (the {@code All posts} sheet: {@code Post title, Post link, Post type, ..., Created date,
 *       ..., Impressions, Clicks, Likes, Comments, Reposts, ...}), one row per post, dated by {@code Created
 *       date};
 *   <li>followers ({@code New followers} sheet: {@code Date, Sponsored followers, Organic followers,
 *       Auto-invited followers, Total followers}, new followers per day) and visitors ({@code Visitor metrics}:
 *       {@code Date, Overview page views (desktop), ..., Total unique visitors (total)}), one row per day.
 * </ul>
 *
 * Dates are month first ({@code 07/14/2026}) or workbook dates. LinkedIn puts a title or notes above the
 * header: the header is the first row with a {@code Date} or {@code Created date} cell, and a range the
 * title states ({@code ..., 09/07/2026 - 11/01/2026}) is known.
 */
final class LinkedInPageFormat extends DatedTableFormat {

  private static final List<String> DATE_COLUMNS = List.of("date", "created date");

  LinkedInPageFormat() {
    super(DATE_COLUMNS, true);
  }

  @Override
  public String id() {
    return "linkedin-page";
  }

  @Override
  String expected() {
    return "Date, Impressions (organic), Impressions (sponsored), Impressions (total), Unique impressions (organic), "
        + "Clicks (organic), ..., Reactions (...), Comments (...), Reposts (...), Engagement rate (...) (content), Date, "
        + "Sponsored followers, Organic followers, ... (followers), Date, Overview page views (desktop), ... (visitors), "
        + "or Post title, Post link, ..., Created date, ... (all posts)";
  }
}
