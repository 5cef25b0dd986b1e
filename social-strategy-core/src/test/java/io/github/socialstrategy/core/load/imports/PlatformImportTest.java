package io.github.socialstrategy.core.load.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TikTok, Pinterest, Buffer, Hootsuite and Sprout Social exports, and the account-level Instagram export of
 * Meta Business Suite: each fixture is written from the platform's documented columns and quirks, and every
 * total below is a hand sum of its rows.
 */
class PlatformImportTest {

  @TempDir Path dir;

  @Test
  void tiktokDaysWithoutAYearTakeTheirYearFromThePeriodAcrossNewYear() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("tiktok-overview.csv")
            .load(
                """
                imports:
                  - file: exports/tiktok-overview.csv
                    format: tiktok
                    channel: tiktok
                    period: { start: 2025-12-30, end: 2026-01-02 }
                    metrics: { Video Views: video-views, Likes: likes }
                """);

    assertThat(loaded.findings()).isEmpty();
    // "NaN" views on December 31 is no value.
    assertThat(loaded.values())
        .containsExactly(
            "2025-12-30 likes 88 channel:tiktok",
            "2025-12-30 video-views 1210 channel:tiktok",
            "2025-12-31 likes 70 channel:tiktok",
            "2026-01-01 likes 160 channel:tiktok",
            "2026-01-01 video-views 2450 channel:tiktok",
            "2026-01-02 likes 133 channel:tiktok",
            "2026-01-02 video-views 1980 channel:tiktok");
    assertThat(loaded.total("video-views")).isEqualTo(1210 + 2450 + 1980);
    assertThat(loaded.total("likes")).isEqualTo(88 + 70 + 160 + 133);
  }

  @Test
  void tiktokDaysWithoutAYearAndNoPeriodAreReportedOnceAndNothingIsGuessed() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("tiktok-overview.csv")
            .load(
                """
                imports:
                  - file: exports/tiktok-overview.csv
                    format: tiktok
                    metrics: { Video Views: video-views }
                """);

    assertThat(loaded.results()).isEmpty();
    assertThat(loaded.findings())
        .containsExactly(
            "exports/tiktok-overview.csv:2:1 missing-field: column 'Date' (column A) writes dates without a year ('December "
                + "30'), so the year must come from the range the export covers: add 'period: { start: ..., end: ... }' with "
                + "its first and last day to the import of 'exports/tiktok-overview.csv'; rows without a year are skipped");
  }

  @Test
  void tiktokFollowerHistoryReadsUndefinedAsNoValueAndKeepsLosses() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("tiktok-follower-history.csv")
            .load(
                """
                imports:
                  - file: exports/tiktok-follower-history.csv
                    format: tiktok
                    period: { start: 2026-08-31, end: 2026-09-03 }
                    metrics:
                      Followers: followers
                      Difference in followers from previous day: new-followers
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values())
        .containsExactly(
            "2026-08-31 new-followers 0",
            "2026-09-01 followers 10440",
            "2026-09-01 new-followers 46",
            "2026-09-02 followers 10486",
            "2026-09-02 new-followers 40",
            "2026-09-03 followers 10482",
            "2026-09-03 new-followers -4");
    assertThat(loaded.total("new-followers")).isEqualTo(0 + 46 + 40 - 4);
  }

  @Test
  void tiktokContentRowsCountOnTheDayTheVideoWasPosted() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("tiktok-content.csv")
            .load(
                """
                imports:
                  - file: exports/tiktok-content.csv
                    format: tiktok
                    metrics: { Total views: video-views, Total likes: likes }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values())
        .containsExactly(
            "2026-09-02 likes 1592", "2026-09-02 video-views 24425", "2026-09-04 likes 912", "2026-09-04 video-views 12870");
    assertThat(loaded.total("video-views")).isEqualTo(18320 + 6105 + 12870);
  }

  @Test
  void pinterestDailyMetricsFollowATitleAndTheirRange() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("pinterest-overview-2026-08.csv")
            .load(
                """
                imports:
                  - file: exports/pinterest-overview-2026-08.csv
                    format: pinterest
                    channel: pinterest
                    metrics: { Impressions: impressions, Outbound clicks: outbound-clicks, Saves: saves }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.total("impressions")).isEqualTo(12840 + 11905 + 13210);
    assertThat(loaded.total("outbound-clicks")).isEqualTo(96 + 88 + 104);
    assertThat(loaded.total("saves")).isEqualTo(95 + 99 + 111);
    assertThat(loaded.values()).hasSize(9).first().isEqualTo("2026-08-01 impressions 12840 channel:pinterest");
  }

  @Test
  void pinterestTopPinsAreTotalsDatedAtTheEndOfTheRangeTheExportStates() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("pinterest-top-pins-2026-08.csv")
            .load(
                """
                imports:
                  - file: exports/pinterest-top-pins-2026-08.csv
                    format: pinterest
                    metrics: { Impressions: impressions, Engagements: engagements, Saves: saves }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values())
        .containsExactly(
            "2026-08-31 engagements " + (1402 + 611), "2026-08-31 impressions " + (48210 + 22045 + 9870),
            "2026-08-31 saves " + (205 + 173 + 95));
  }

  @Test
  void bufferPostsAreSummedPerDaySent() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("buffer-posts-2026-09.csv")
            .load(
                """
                imports:
                  - file: exports/buffer-posts-2026-09.csv
                    format: buffer
                    metrics: { Impressions: impressions, Engagements: engagements, Clicks: clicks }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values())
        .containsExactly(
            "2026-09-01 clicks " + (18 + 32),
            "2026-09-01 engagements " + (288 + 131),
            "2026-09-01 impressions " + (4200 + 2900),
            "2026-09-02 clicks 18",
            "2026-09-02 engagements 96",
            "2026-09-02 impressions 1850");
  }

  @Test
  void hootsuitePostPerformanceSkipsItsTitleAndReadsBlankCellsAsNoValue() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("hootsuite-post-performance-2026-10.csv")
            .load(
                """
                imports:
                  - file: exports/hootsuite-post-performance-2026-10.csv
                    format: hootsuite
                    metrics: { Impressions: impressions, Engagements: engagements, Link clicks: clicks, Video views: video-views }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values())
        .containsExactly(
            "2026-10-02 clicks 22",
            "2026-10-02 engagements " + (212 + 640),
            "2026-10-02 impressions " + (5310 + 9804),
            "2026-10-02 video-views 3120",
            "2026-10-05 clicks 15",
            "2026-10-05 engagements 88",
            "2026-10-05 impressions 2470");
  }

  @Test
  void sproutSocialPostAndProfileReports() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("sprout-post-performance-2026-11.csv", "sprout-profile-performance-2026-11.csv")
            .load(
                """
                imports:
                  - file: exports/sprout-post-performance-2026-11.csv
                    format: sprout-social
                    metrics: { Impressions: impressions, Reach: reach, Post Link Clicks: clicks }
                  - file: exports/sprout-profile-performance-2026-11.csv
                    format: sprout-social
                    metrics: { Net Audience Growth: net-followers, Engagements: engagements }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values())
        .containsExactly(
            "2026-11-03 clicks 18",
            "2026-11-03 impressions " + (6020 + 3150),
            "2026-11-03 reach " + (4880 + 2700),
            "2026-11-04 clicks 12",
            "2026-11-04 impressions 1960",
            "2026-11-01 engagements " + (512 + 64),
            "2026-11-01 net-followers " + (12 - 3),
            "2026-11-02 engagements 801",
            "2026-11-02 net-followers 29");
  }

  @Test
  void instagramAccountExportsAreUtf16PerMetricFilesNamedByTheirTitle() {
    String text = "sep=,\n\"Views\"\n\"Date\",\"Primary\"\n\"2026-08-22T00:00:00\",\"8226\"\n\"2026-08-23T00:00:00\",\"905\"\n"
        + "\"2026-08-24T00:00:00\",\"27\"\n";
    byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/Views.csv", bytes)
            .load(
                """
                imports:
                  - file: exports/Views.csv
                    format: meta-business-suite
                    channel: instagram
                    metrics: { Views: views }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.results())
        .containsExactly(
            "2026-08-22 views 8226 channel:instagram @4:23",
            "2026-08-23 views 905 channel:instagram @5:23",
            "2026-08-24 views 27 channel:instagram @6:23");
  }

  @Test
  void legacyPageInsightsPostExportsAreDatedByPostedAndNameRepeatedColumnsByCopyOrDescription() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("meta-page-insights-legacy-posts.csv")
            .load(
                """
                imports:
                  - file: exports/meta-page-insights-legacy-posts.csv
                    format: meta-business-suite
                    metrics:
                      Lifetime Post Total Reach: reach
                      Lifetime Organic Video Views: organic-video-views
                      Lifetime Organic Video Views.2: organic-video-viewers
                      "Lifetime: The number of unique people who engaged in certain ways with your Page post. (Unique Users)": engaged-users
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values())
        .containsExactly(
            "2016-07-14 engaged-users " + (410 + 88),
            "2016-07-14 organic-video-viewers 1650",
            "2016-07-14 organic-video-views 2100",
            "2016-07-14 reach " + (5400 + 1900),
            "2016-07-15 engaged-users 502",
            "2016-07-15 organic-video-viewers 2240",
            "2016-07-15 organic-video-views 2900",
            "2016-07-15 reach 6200");
  }
}
