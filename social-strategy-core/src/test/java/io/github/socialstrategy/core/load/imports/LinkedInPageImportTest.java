package io.github.socialstrategy.core.load.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code linkedin-page}: daily page metrics, with rows above the header. */
class LinkedInPageImportTest {

  @TempDir Path dir;

  @Test
  void rowsAboveTheHeaderAreSkippedAndEachDayIsRead() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("linkedin-page-2026-01.csv")
            .load(
                """
                imports:
                  - file: exports/linkedin-page-2026-01.csv
                    format: linkedin-page
                    channel: linkedin
                    metrics:
                      Impressions (total): impressions
                      clicks (ORGANIC): clicks
                      Reactions (total): reactions
                """);

    assertThat(loaded.findings()).isEmpty();
    // The header is on line 4, under a title row, a notes row and a blank line.
    assertThat(loaded.results())
        .containsExactly(
            "2026-01-14 clicks 40 channel:linkedin @5:30",
            "2026-01-14 impressions 1500 channel:linkedin @5:21",
            "2026-01-14 reactions 30 channel:linkedin @5:44",
            "2026-01-15 clicks 22 channel:linkedin @6:26",
            "2026-01-15 impressions 900 channel:linkedin @6:18",
            "2026-01-15 reactions 18 channel:linkedin @6:39",
            "2026-01-16 clicks 51 channel:linkedin @7:30",
            "2026-01-16 impressions 2000 channel:linkedin @7:21",
            "2026-01-16 reactions 39 channel:linkedin @7:44");
  }

  @Test
  void aFileWithNoDateHeaderAnywhereIsNotALinkedInExport() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/li.csv", "Aggregated page metrics\nDay,Impressions (total)\n01/14/2026,100\n")
            .load(
                """
                imports:
                  - file: exports/li.csv
                    format: linkedin-page
                    metrics: { Impressions (total): impressions }
                """);

    assertThat(loaded.results()).isEmpty();
    assertThat(loaded.findings())
        .containsExactly(
            "exports/li.csv:1:1 missing-field: the file does not look like a linkedin-page export: expected columns Date, "
                + "Impressions (organic), Impressions (sponsored), Impressions (total), Unique impressions (organic), "
                + "Clicks (organic), ..., Reactions (...), Comments (...), Reposts (...), Engagement rate (...) "
                + "(content), Date, Sponsored followers, Organic followers, ... (followers), Date, Overview page views (desktop), "
                + "... (visitors), or Post title, Post link, ..., Created date, ... (all posts); found: Aggregated page metrics. Check the import's 'format', or export the file again from the platform");
  }
}
