package io.github.socialstrategy.core.load.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.PlanFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ga4}: a preamble, CRLF line ends, several tables, exploration totals. */
class Ga4ImportTest {

  @TempDir Path dir;

  @Test
  void eachMappedColumnIsReadFromOneTableAndTablesWithoutDatesUseTheEndDate() throws Exception {
    String fixture = Files.readString(PlanFixture.resource("/imports/ga4-acquisition-2026-01.csv"), UTF_8);
    assertThat(fixture).as("the fixture keeps its CRLF line ends").contains("\r\n").doesNotContain("1\n");

    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("ga4-acquisition-2026-01.csv")
            .load(
                """
                imports:
                  - file: exports/ga4-acquisition-2026-01.csv
                    format: ga4
                    channel: website
                    metrics:
                      Sessions: sessions
                      Key events: conversions
                      Total users: users
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.results())
        .containsExactly(
            // Sessions is in both tables: read from the one by date only (not 3200 more on the 31st), and its
            // Grand total row (label in the last column) is skipped.
            "2026-01-14 sessions 1500 channel:website @20:10",
            "2026-01-14 users 700 channel:website @20:19",
            "2026-01-15 sessions 1700 channel:website @21:10",
            "2026-01-15 users 800 channel:website @21:20",
            // Key events is only in the table by channel group, which has no Date: dated by "# End date: 20260131".
            "2026-01-31 conversions 67 channel:website @11:25");
  }

  @Test
  void aColumnOnlyInTablesWithoutDatesIsReadFromTheFirstOfThem() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write(
                "exports/ga4.csv",
                String.join(
                    "\r\n",
                    "# Start date: 20260201",
                    "# End date: 20260228",
                    "Page title,Views",
                    "#1 trail in the Alps,400",
                    "Shop,\"1,250\"",
                    "",
                    "Country,Views",
                    "Germany,1000",
                    "Austria,650",
                    ""))
            .load(
                """
                imports:
                  - file: exports/ga4.csv
                    format: ga4
                    metrics: { views: views }
                """);

    assertThat(loaded.findings()).isEmpty();
    // "#1 trail ..." fills the table's columns, so it is a page title, not a comment.
    assertThat(loaded.results()).containsExactly("2026-02-28 views 1650 @4:22");
  }

  @Test
  void aTableWithoutDateColumnOrEndDateIsAnErrorAndAMappedColumnNoTableHasIsOneToo() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/ga4.csv", "Session default channel group,Sessions\r\nDirect,900\r\n")
            .load(
                """
                imports:
                  - file: exports/ga4.csv
                    format: ga4
                    metrics: { Sessions: sessions, Sesions per user: sessions-per-user }
                """);

    assertThat(loaded.results()).isEmpty();
    assertThat(loaded.findings())
        .containsExactly(
            "exports/ga4.csv:1:1 missing-field: this ga4 export has no column 'Sesions per user', which the import maps to "
                + "metric 'sessions-per-user'; expected columns: Sesions per user, Sessions; found: table at line 1: Session "
                + "default channel group, Sessions. Fix the column name in the import's 'metrics', or export the column",
            "exports/ga4.csv:1:1 missing-field: this ga4 table (Session default channel group, Sessions) has no Date column, "
                + "and no '# End date:' line comes before it, so its rows have no date; download the report with its "
                + "preamble, or add the Date dimension");
  }

  @Test
  void aBadDateInATableIsReportedAtItsCell() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/ga4.csv", "# End date: 20260131\r\nDate,Sessions\r\n20260114,10\r\n2026011,20\r\n")
            .load(
                """
                imports:
                  - file: exports/ga4.csv
                    format: ga4
                    metrics: { Sessions: sessions }
                """);

    assertThat(loaded.results()).containsExactly("2026-01-14 sessions 10 @3:10");
    assertThat(loaded.findings())
        .containsExactly(
            "exports/ga4.csv:4:1 invalid-value: column 'Date' must hold a date such as 20260114, not '2026011'; the row is skipped");
  }
}
