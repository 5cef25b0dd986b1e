package io.github.socialstrategy.core.load.imports;

import java.util.List;

/**
 * {@code buffer}: Buffer's post exports (the Analyze posts report and Publish's sent posts, CSV), one row
 * per post with its metrics ({@code Date, Post, Link, Channel, Impressions, Reach, Engagements, Likes,
 * Comments, Shares, Clicks, ...}; the metrics vary by network), dated by the day the post was sent ({@code
 * Date}, {@code Sent at} or {@code Published at}). The Analyze overview download is a zip of several CSV
 * files: unzip it and import the one you need.
 */
final class BufferFormat extends DatedTableFormat {

  private static final List<String> DATE_COLUMNS = List.of("date", "sent at", "published at", "posted at", "sent date");

  BufferFormat() {
    super(DATE_COLUMNS, true);
  }

  @Override
  public String id() {
    return "buffer";
  }

  @Override
  String expected() {
    return "Date (or Sent at, Published at), Post, Link, Impressions, Engagements, Likes, Comments, Shares, Clicks, ...";
  }
}
