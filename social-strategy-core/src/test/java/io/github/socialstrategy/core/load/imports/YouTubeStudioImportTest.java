package io.github.socialstrategy.core.load.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code youtube-studio}: the {@code Table data.csv} of a YouTube Studio export. */
class YouTubeStudioImportTest {

  @TempDir Path dir;

  @Test
  void videosCountOnTheirPublishDayAndTheTotalRowIsNotCounted() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("youtube-table-data.csv")
            .load(
                """
                imports:
                  - file: exports/youtube-table-data.csv
                    format: youtube-studio
                    channel: youtube
                    metrics:
                      Views: views
                      Watch time (hours): watch-time
                      Subscribers: subscribers
                """);

    assertThat(loaded.findings()).isEmpty();
    // Total row: 12500 views, 640.5 hours, 37 subscribers; counted once through its videos, never again.
    // One video lost more subscribers than it gained (-3).
    assertThat(loaded.results())
        .containsExactly(
            "2026-07-14 subscribers 27 channel:youtube @3:68",
            "2026-07-14 views 9000 channel:youtube @3:56",
            "2026-07-14 watch-time 450.75 channel:youtube @3:61",
            "2026-07-15 subscribers 10 channel:youtube @5:66",
            "2026-07-15 views 3500 channel:youtube @5:54",
            "2026-07-15 watch-time 189.75 channel:youtube @5:59");
  }

  @Test
  void aTableBrokenDownByDateIsDatedByItsDateColumn() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write(
                "exports/Table data.csv",
                """
                Date,Views,Watch time (hours),Subscribers
                Total,700,30.5,4
                2026-07-14,300,10.25,5
                2026-07-15,400,20.25,-1
                """)
            .load(
                """
                imports:
                  - file: exports/Table data.csv
                    format: youtube-studio
                    metrics: { Views: views, Subscribers: subscribers }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.results())
        .containsExactly(
            "2026-07-14 subscribers 5 @3:22",
            "2026-07-14 views 300 @3:12",
            "2026-07-15 subscribers -1 @4:22",
            "2026-07-15 views 400 @4:12");
  }
}
