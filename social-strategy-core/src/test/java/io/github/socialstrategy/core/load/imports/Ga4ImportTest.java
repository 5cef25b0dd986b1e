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
            "imports.yaml:2:11 missing-field: 'exports/ga4.csv' (ga4) has no date per row: its rows are totals over the "
                + "range the export covers, and neither the export nor its file name says which range. Add the line 'period: "
                + "{ start: 2026-07-01, end: 2026-09-30 }' to the import, with the first and last day the export covers (or "
                + "'date: 2026-09-30' for one date); its rows are then dated at the range's end",
            "imports.yaml:4:36 missing-field: 'exports/ga4.csv' (ga4) has no column 'Sesions per user', which the import "
                + "maps to metric 'sessions-per-user'; the columns found are: table at line 1: Session default channel group, "
                + "Sessions. Fix the column name in the import, or export that column");
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
            "exports/ga4.csv:4:1 invalid-value: column 'Date' (column A) must hold a date such as 20260114, not '2026011'; the row is skipped");
  }

  @Test
  void anExplorationStatesItsRangeInOneLineAndItsDateLessTablesCountOnItsLastDay() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write(
                "exports/ga4.csv",
                String.join(
                    "\r\n",
                    "# ----------------------------------------",
                    "# Free form 1",
                    "# ----------------------------------------",
                    "# 20230515-20230521",
                    "",
                    "Session source / medium,Sessions,Total revenue",
                    "google / organic,\"1,204\",",
                    "instagram / social,388,",
                    ",\"1,592\",,Grand total",
                    ""))
            .load(
                """
                imports:
                  - file: exports/ga4.csv
                    format: ga4
                    metrics: { Sessions: sessions, Total revenue: revenue }
                """);

    assertThat(loaded.values()).containsExactly("2023-05-21 sessions 1592");
    assertThat(loaded.findings())
        .as("a mapped column with no value in any row is worth a warning")
        .containsExactly(
            "imports.yaml:4:36 empty-export-column: column 'Total revenue' (column C) of the table at line 6 of "
                + "'exports/ga4.csv' (ga4) holds no value in any row the import reads, so metric 'revenue' gets nothing from "
                + "it; check the export's date range and filters, or remove the mapping");
    assertThat(loaded.summaries())
        .containsExactly("exports/ga4.csv (ga4): 2 rows, 1 totals row skipped, 1 result for 1 metric, 2023-05-21");
  }

  @Test
  void theImportsPeriodOrDateDatesATableWithoutOneAndWinsOverThePreamble() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/ga4.csv", "# End date: 20260131\r\nCountry,Views\r\nGermany,10\r\nAustria,5\r\n")
            .load(
                """
                imports:
                  - file: exports/ga4.csv
                    format: ga4
                    date: 2026-01-15
                    metrics: { Views: views }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values()).containsExactly("2026-01-15 views 15");
  }

  @Test
  void aCohortTableByNthDayIsDatedFromTheRangesStartAndByNthMonthIsRefusedOnceWhenUsed() {
    String file =
        String.join(
            "\r\n",
            "# Start date: 20260301",
            "# End date: 20260331",
            "Nth day,Active users",
            "0000,120",
            "0001,95",
            "0002,80",
            "",
            "Nth month,Returning users",
            "0000,400",
            "0001,220",
            "");
    ImportHarness.Loaded used =
        new ImportHarness(dir)
            .write("exports/ga4.csv", file)
            .load(
                """
                imports:
                  - file: exports/ga4.csv
                    format: ga4
                    metrics: { Active users: active-users, Returning users: returning-users }
                """);

    assertThat(used.values())
        .containsExactly("2026-03-01 active-users 120", "2026-03-02 active-users 95", "2026-03-03 active-users 80");
    assertThat(used.findings())
        .containsExactly(
            "exports/ga4.csv:8:1 invalid-value: this ga4 table (Nth month, Returning users) is not read: its rows are counted "
                + "by 'Nth month', which names no single day. Download the report with the Date dimension (one row per day) "
                + "to import it");

    ImportHarness.Loaded unused =
        new ImportHarness(dir.resolve("again"))
            .write("exports/ga4.csv", file)
            .load(
                """
                imports:
                  - file: exports/ga4.csv
                    format: ga4
                    metrics: { Active users: active-users }
                """);
    assertThat(unused.findings()).as("a table the mapping does not use is skipped quietly").isEmpty();
  }

  @Test
  void weeksWrittenAsRangesInTheDateColumnCountOnTheirLastDayAndATableOfWeekNamesIsRefusedOnce() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write(
                "exports/ga4.csv",
                String.join(
                    "\r\n",
                    "# 20260105-20260118",
                    "Date,Sessions",
                    "20260105-20260111,700",
                    "20260112-20260118,650",
                    "",
                    "Date,New users",
                    "Week 1,40",
                    "Week 2,35",
                    "Week 3,31",
                    ""))
            .load(
                """
                imports:
                  - file: exports/ga4.csv
                    format: ga4
                    metrics: { Sessions: sessions, New users: new-users }
                """);

    assertThat(loaded.values()).containsExactly("2026-01-11 sessions 700", "2026-01-18 sessions 650");
    assertThat(loaded.findings())
        .as("one finding, never one per row")
        .containsExactly(
            "exports/ga4.csv:6:1 invalid-value: this ga4 table (Date, New users) is not read: its 'Date' column holds 'Week "
                + "1', not a day. Download the report with the Date dimension (one row per day) to import it");
  }

  @Test
  void universalAnalyticsDayIndexTablesAndTotalsRowsWithAnEmptyFirstCell() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write(
                "exports/ua.csv",
                String.join(
                    "\n",
                    "# ----------------------------------------",
                    "# All Web Site Data",
                    "# Channels",
                    "# 20190101-20190131",
                    "# ----------------------------------------",
                    "",
                    "Default Channel Grouping,Users,Sessions",
                    "Organic Search,\"1,204\",\"1,530\"",
                    "Social,310,402",
                    ",\"1,514\",\"1,932\"",
                    "",
                    "Day Index,Sessions",
                    "1/1/19,60",
                    "1/2/19,72",
                    ",132",
                    ""))
            .load(
                """
                imports:
                  - file: exports/ua.csv
                    format: ga4
                    metrics: { Users: users, Sessions: sessions }
                """);

    assertThat(loaded.findings()).isEmpty();
    // Sessions from the table by day; Users only from the channel table, a total for January on its last day.
    assertThat(loaded.values())
        .containsExactly("2019-01-01 sessions 60", "2019-01-02 sessions 72", "2019-01-31 users " + (1204 + 310));
  }
}
