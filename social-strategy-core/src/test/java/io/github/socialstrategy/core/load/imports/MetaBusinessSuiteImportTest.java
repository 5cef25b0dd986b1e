package io.github.socialstrategy.core.load.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.PlanFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meta-business-suite}: Facebook and Instagram post exports, and legacy Page Insights files. */
class MetaBusinessSuiteImportTest {

  @TempDir Path dir;

  @Test
  void postsAreSummedPerPublishDayWithQuotedThousandsAndColumnsThatDriftBetweenMonths() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("meta-facebook-posts-2026-07.csv", "meta-facebook-posts-2026-08.csv")
            .load(
                """
                imports:
                  - file: exports/meta-facebook-posts-2026-07.csv
                    format: meta-business-suite
                    channel: facebook
                    metrics:
                      Views: views
                      Reach: reach
                      Reactions: reactions
                      Shares: shares
                      Total clicks: clicks
                  - file: exports/meta-facebook-posts-2026-08.csv
                    format: meta-business-suite
                    channel: facebook
                    metrics:
                      Views: views
                      Reach: reach
                      Reactions: reactions
                      Shares: shares
                      Total clicks: clicks
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.results())
        .containsExactly(
            // "15,000" + "2,500"; the 'Date' column says "Lifetime", 'Publish time' dates the rows
            "2026-07-14 clicks 1290 channel:facebook @2:186",
            "2026-07-14 reach 11700 channel:facebook @2:168",
            "2026-07-14 reactions 500 channel:facebook @2:176",
            "2026-07-14 shares 14 channel:facebook @2:183",
            "2026-07-14 views 17500 channel:facebook @2:159",
            // shares is "-" on the only post of the 15th: no shares result that day
            "2026-07-15 clicks 60 channel:facebook @4:154",
            "2026-07-15 reach 850 channel:facebook @4:143",
            "2026-07-15 reactions 15 channel:facebook @4:147",
            "2026-07-15 views 900 channel:facebook @4:139",
            // August: other column order, Title gone, Link clicks added; the same mapping reads it
            "2026-08-01 clicks 375 channel:facebook @2:153",
            "2026-08-01 reach 4100 channel:facebook @2:137",
            "2026-08-01 reactions 128 channel:facebook @2:161",
            "2026-08-01 shares 5 channel:facebook @2:164",
            "2026-08-01 views 5250 channel:facebook @2:145");
  }

  @Test
  void instagramPostExportsHaveLikesSavesAndFollows() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("meta-instagram-posts-2026-07.csv")
            .load(
                """
                imports:
                  - file: exports/meta-instagram-posts-2026-07.csv
                    format: meta-business-suite
                    channel: instagram
                    metrics: { Views: views, Reach: reach, Likes: likes, Saves: saves, Follows: follows }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.results())
        .containsExactly(
            "2026-07-14 follows 40 channel:instagram @2:177",
            "2026-07-14 likes 1814 channel:instagram @2:170",
            "2026-07-14 reach 29100 channel:instagram @2:162",
            "2026-07-14 saves 348 channel:instagram @2:182",
            "2026-07-14 views 42650 channel:instagram @2:153");
  }

  @Test
  void legacyPageInsightsFilesHaveAByteOrderMarkAndASecondHeaderRowOfDescriptions() throws Exception {
    byte[] bytes = Files.readAllBytes(PlanFixture.resource("/imports/meta-page-insights-legacy.csv"));
    assertThat(bytes).as("the fixture keeps its byte-order mark").startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, UTF_8)).as("and its CRLF line ends").contains("\r\n");

    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("meta-page-insights-legacy.csv")
            .load(
                """
                imports:
                  - file: exports/meta-page-insights-legacy.csv
                    format: meta-business-suite
                    channel: facebook
                    metrics:
                      Daily New Likes: new-likes
                      daily total reach: reach
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.results())
        .containsExactly(
            "2016-01-01 new-likes 14 channel:facebook @3:18",
            "2016-01-01 reach 5400 channel:facebook @3:25",
            "2016-01-02 new-likes 12 channel:facebook @4:18",
            "2016-01-02 reach 5050 channel:facebook @4:25");
  }

  @Test
  void aBadNumberIsReportedAtItsCellAndOnlyThatCellIsSkipped() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write(
                "exports/meta.csv",
                """
                Post ID,Publish time,Views,Reach
                1,07/14/2026 09:30,"1,000",800
                2,07/14/2026 10:30,12k,"1,2,3"
                3,07/14/2026 11:30,4.5%,-
                """)
            .load(
                """
                imports:
                  - file: exports/meta.csv
                    format: meta-business-suite
                    metrics: { Views: views, Reach: reach }
                """);

    assertThat(loaded.findings())
        .containsExactly(
            "exports/meta.csv:3:20 invalid-value: column 'Views' (column C) must hold a number such as 1200, \"15,000\" or 4.5% "
                + "(or be empty or '-' for none), not '12k'",
            "exports/meta.csv:3:24 invalid-value: column 'Reach' (column D) must hold a number such as 1200, \"15,000\" or 4.5% "
                + "(or be empty or '-' for none), not '1,2,3'");
    assertThat(loaded.results()).containsExactly("2026-07-14 reach 800 @2:28", "2026-07-14 views 1004.5 @2:20");
  }
}
