package io.github.socialstrategy.core.load.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.PlanFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code youtube-studio}: {@code Table data.csv} holds each video's totals over the export's range, dated at
 * its end; {@code Chart data.csv} one row per day and video.
 */
class YouTubeStudioImportTest {

  @TempDir Path dir;

  private static final String MAPPING =
      """
          metrics:
            Views: views
            Watch time (hours): watch-time
            Subscribers: subscribers
      """;

  @Test
  void tableDataIsDatedAtTheEndOfTheImportsPeriodAndTheTotalRowIsNotCounted() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("youtube-table-data.csv")
            .load(
                """
                imports:
                  - file: exports/youtube-table-data.csv
                    format: youtube-studio
                    channel: youtube
                    period: { start: 2026-07-01, end: 2026-09-30 }
                """
                    + MAPPING);

    assertThat(loaded.findings()).isEmpty();
    // The Total row (12,500 views, 640.5 hours, 37 subscribers) equals the sum of the videos: counted once, through them.
    // One video lost more subscribers than it gained (-3).
    assertThat(loaded.values())
        .containsExactly(
            "2026-09-30 subscribers " + (30 - 3 + 10) + " channel:youtube",
            "2026-09-30 views " + (5000 + 4000 + 3500) + " channel:youtube",
            "2026-09-30 watch-time " + (250.25 + 200.5 + 189.75) + " channel:youtube");
    assertThat(loaded.summaries())
        .containsExactly(
            "exports/youtube-table-data.csv (youtube-studio): 3 rows, 1 totals row skipped, 3 results for 3 metrics, 2026-09-30");
  }

  @Test
  void tableDataTakesItsRangeFromTheExportFolderAsYouTubeNamesIt() throws Exception {
    Path folder = dir.resolve("exports/Content 2026-07-01_2026-09-30 Acme Outdoor");
    Files.createDirectories(folder);
    Files.copy(PlanFixture.resource("/imports/youtube-table-data.csv"), folder.resolve("Table data.csv"));
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .load(
                """
                imports:
                  - file: exports/Content 2026-07-01_2026-09-30 Acme Outdoor/Table data.csv
                    format: youtube-studio
                """
                    + MAPPING);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values()).containsExactly("2026-09-30 subscribers 37", "2026-09-30 views 12500", "2026-09-30 watch-time 640.5");
  }

  @Test
  void tableDataWithoutAnyRangeIsOneErrorShowingTheLineToAdd() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("youtube-table-data.csv")
            .load(
                """
                imports:
                  - file: exports/youtube-table-data.csv
                    format: youtube-studio
                """
                    + MAPPING);

    assertThat(loaded.results()).isEmpty();
    assertThat(loaded.findings())
        .containsExactly(
            "imports.yaml:2:11 missing-field: 'exports/youtube-table-data.csv' (youtube-studio) has no date per row: its rows "
                + "are totals over the range the export covers, and neither the export nor its file name says which range. "
                + "Add the line 'period: { start: 2026-07-01, end: 2026-09-30 }' to the import, with the first and last day "
                + "the export covers (or 'date: 2026-09-30' for one date); its rows are then dated at the range's end");
  }

  @Test
  void chartDataIsDatedByDayAndABlankPublishTimeIsNoError() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("youtube-chart-data.csv")
            .load(
                """
                imports:
                  - file: exports/youtube-chart-data.csv
                    format: youtube-studio
                    metrics: { Views: views, Watch time (hours): watch-time }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values())
        .containsExactly(
            "2026-07-14 views " + (1800 + 1200),
            "2026-07-14 watch-time " + (90.25 + 61.5),
            "2026-07-15 views " + (950 + 410),
            "2026-07-15 watch-time " + (47 + 21.75));
  }

  @Test
  void tableDataByAnotherDimensionIsReadTheSameWay() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write(
                "exports/Table data.csv",
                "Subscription status,Views,Watch time (hours),Average view duration\n"
                    + "Total,8120,160.5,0:01:11\n"
                    + "Not subscribed,7010,140.25,0:01:12\n"
                    + "Subscribed,1110,20.25,0:01:06\n")
            .load(
                """
                imports:
                  - file: exports/Table data.csv
                    format: youtube-studio
                    date: 2026-06-30
                    metrics: { Views: views, Watch time (hours): watch-time }
                """);

    assertThat(loaded.findings()).isEmpty();
    // The Total row is skipped: its views count once, through the rows of the dimension.
    assertThat(loaded.values()).containsExactly("2026-06-30 views " + (7010 + 1110), "2026-06-30 watch-time " + (140.25 + 20.25));
  }
}
