package io.github.socialstrategy.core.load.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code x-analytics}: tweet activity (old and older) and account post exports. */
class XAnalyticsImportTest {

  @TempDir Path dir;

  @Test
  void tweetActivitySumsOrganicAndPromotedColumnsPerDayAndSkipsDashes() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("x-tweet-activity.csv")
            .load(
                """
                imports:
                  - file: exports/x-tweet-activity.csv
                    format: x-analytics
                    channel: x
                    metrics:
                      impressions: impressions
                      promoted impressions: impressions
                      " Likes ": likes
                      PROMOTED LIKES: likes
                      engagements: engagements
                """);

    assertThat(loaded.findings()).isEmpty();
    // Day 1: two tweets (one with a two-line text), one promoted; "-" promoted cells count as nothing.
    // The 23:59 +0000 tweet stays on 2026-03-01 (the UTC date as written).
    assertThat(loaded.results())
        .containsExactly(
            "2026-03-01 engagements 170 channel:x @2:122",
            "2026-03-01 impressions 8000 channel:x @2:117",
            "2026-03-01 likes 190 channel:x @2:134",
            "2026-03-02 engagements 60 channel:x @5:120",
            "2026-03-02 impressions 1500 channel:x @5:115",
            "2026-03-02 likes 40 channel:x @5:132");
  }

  @Test
  void olderFilesSayFavoritesWhereTheMappingSaysLikes() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("x-tweet-activity-2014.csv")
            .load(
                """
                imports:
                  - file: exports/x-tweet-activity-2014.csv
                    format: x-analytics
                    metrics:
                      Impressions: impressions
                      likes: likes
                      promoted likes: likes
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.results()).containsExactly("2014-11-03 impressions 1400 @2:105", "2014-11-03 likes 45 @2:118");
  }

  @Test
  void newerAccountPostExportsAreDatedByTheirWrittenOutDates() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("x-account-posts.csv")
            .load(
                """
                imports:
                  - file: exports/x-account-posts.csv
                    format: x-analytics
                    activity: daily-posts
                    metrics:
                      Impressions: impressions
                      Likes: likes
                      Reposts: reposts
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.results())
        .containsExactly(
            "2026-07-14 impressions 6000 activity:daily-posts @2:117",
            "2026-07-14 likes 136 activity:daily-posts @2:122",
            "2026-07-14 reposts 19 activity:daily-posts @2:138",
            "2026-07-15 impressions 2500 activity:daily-posts @4:106",
            "2026-07-15 likes 88 activity:daily-posts @4:111",
            "2026-07-15 reposts 11 activity:daily-posts @4:126");
  }

  @Test
  void aWeekdayThatDoesNotFallOnTheDateIsABadDate() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write(
                "exports/posts.csv",
                """
                Post id,Date,Post text,Post Link,Impressions,Likes
                1,"Tue, Jul 14, 2026",ok,https://x.com/a/1,100,1
                2,"Mon, Jul 15, 2026",wrong weekday,https://x.com/a/2,200,2
                """)
            .load(
                """
                imports:
                  - file: exports/posts.csv
                    format: x-analytics
                    metrics: { Impressions: impressions }
                """);

    assertThat(loaded.results()).containsExactly("2026-07-14 impressions 100 @2:44");
    assertThat(loaded.findings())
        .containsExactly(
            "exports/posts.csv:3:3 invalid-value: column 'Date' (column B) must hold a date such as 2026-07-14, 07/14/2026 or Jul 14, "
                + "2026, not 'Mon, Jul 15, 2026'; the row is skipped");
  }
}
