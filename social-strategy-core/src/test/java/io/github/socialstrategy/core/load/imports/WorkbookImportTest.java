package io.github.socialstrategy.core.load.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel workbooks, for every format: {@code .xlsx} streamed, {@code .xls} as LinkedIn still gives them. */
class WorkbookImportTest {

  @TempDir Path dir;

  @Test
  void xAdsAsXlsxReadLikeTheirCsvWithDateCellsAndDashesForNone() {
    XSSFWorkbook wb = new XSSFWorkbook();
    TestWorkbooks.sheet(
        wb,
        "Campaign analytics",
        new Object[] {"ID", "Campaign", "Time", "Spend", "Impressions", "Engagements"},
        new Object[] {"ab1cd", "Spring launch promoted posts", LocalDate.of(2026, 4, 1), 42.5, 5120, 164},
        new Object[] {"ab1cd", "Spring launch promoted posts", LocalDate.of(2026, 4, 2), 38.1, 4480, "-"},
        new Object[] {"ef2gh", "Follower growth", LocalDate.of(2026, 4, 1), 15, 2210, 55});
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/x-ads-2026-04.xlsx", TestWorkbooks.bytes(wb))
            .load(
                """
                imports:
                  - file: exports/x-ads-2026-04.xlsx
                    format: x-ads
                    channel: x
                    cost: Spend
                    campaigns: { Spring launch promoted posts: spring-launch }
                    metrics: { Impressions: impressions, Engagements: engagements }
                """);

    assertThat(loaded.values())
        .containsExactly(
            "2026-04-01 engagements 55 channel:x",
            "2026-04-01 engagements 164 campaign:spring-launch",
            "2026-04-01 impressions 2210 channel:x cost 15",
            "2026-04-01 impressions 5120 campaign:spring-launch cost 42.5",
            "2026-04-02 impressions 4480 campaign:spring-launch cost 38.1");
    assertThat(loaded.results()).as("places are the sheet's rows and columns: E2 is 2:5").contains(
        "2026-04-01 impressions 5120 campaign:spring-launch @2:5 cost 42.5");
    assertThat(loaded.summaries())
        .containsExactly(
            "exports/x-ads-2026-04.xlsx [Campaign analytics] (x-ads): 3 rows, 5 results for 2 metrics, 2026-04-01 to 2026-04-02, "
                + "cost 95.60, 1 row of 1 unmapped campaign");
  }

  @Test
  void theImportsSheetIsReadAndASheetTheWorkbookLacksIsNamedWithTheSheetsItHas() {
    XSSFWorkbook wb = new XSSFWorkbook();
    TestWorkbooks.sheet(wb, "Notes", new Object[] {"Exported from Ads Manager"});
    TestWorkbooks.sheet(
        wb,
        "Raw Data Report",
        new Object[] {"Campaign name", "Reporting starts", "Reporting ends", "Impressions", "Amount spent (EUR)"},
        new Object[] {"Spring launch | FB | conversions", "2026-03-01", "2026-03-31", 184300, 4980.55});
    byte[] bytes = TestWorkbooks.bytes(wb);
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/fb-ads.xlsx", bytes)
            .load(
                """
                imports:
                  - file: exports/fb-ads.xlsx
                    format: meta-ads
                    sheet: raw data report
                    cost: Amount spent (EUR)
                    campaigns: { "Spring launch | FB | conversions": spring-launch }
                    metrics: { Impressions: impressions }
                """);
    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values()).containsExactly("2026-03-31 impressions 184300 campaign:spring-launch cost 4980.55");

    ImportHarness.Loaded wrong =
        new ImportHarness(dir.resolve("wrong"))
            .write("exports/fb-ads.xlsx", bytes)
            .load(
                """
                imports:
                  - file: exports/fb-ads.xlsx
                    format: meta-ads
                    sheet: Raw Data
                    metrics: { Impressions: impressions }
                """);
    assertThat(wrong.results()).isEmpty();
    assertThat(wrong.findings())
        .containsExactly(
            "imports.yaml:4:12 invalid-value: the workbook 'exports/fb-ads.xlsx' has no sheet 'Raw Data'; its sheets are "
                + "'Notes', 'Raw Data Report'. Name one of them in 'sheet'");
  }

  @Test
  void percentCellsAreTheirPercentageAndBareSerialNumbersInTheDateColumnAreDates() {
    XSSFWorkbook wb = new XSSFWorkbook();
    TestWorkbooks.sheet(
        wb,
        "Metrics",
        new Object[] {"Aggregated engagement metrics for Acme Outdoor"},
        new Object[] {"Date", "Impressions (total)", "Engagement rate (total)"},
        // 46036 is 2026-01-14 as Excel counts days; the cell has no date format.
        new Object[] {new TestWorkbooks.Serial(46036), 1500, new TestWorkbooks.Percent(0.058)},
        new Object[] {LocalDate.of(2026, 1, 15), 900, new TestWorkbooks.Percent(0.0489)});
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/linkedin-content.xlsx", TestWorkbooks.bytes(wb))
            .load(
                """
                imports:
                  - file: exports/linkedin-content.xlsx
                    format: linkedin-page
                    metrics: { Impressions (total): impressions, Engagement rate (total): engagement-rate }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values())
        .containsExactly(
            "2026-01-14 engagement-rate 5.8", "2026-01-14 impressions 1500", "2026-01-15 engagement-rate 4.89",
            "2026-01-15 impressions 900");
  }

  @Test
  void linkedInFollowersAsAnOldXlsWorkbook() {
    HSSFWorkbook wb = new HSSFWorkbook();
    TestWorkbooks.sheet(
        wb,
        "New followers",
        new Object[] {"Date", "Sponsored followers", "Organic followers", "Auto-invited followers", "Total followers"},
        new Object[] {"09/07/2026", 0, 12, 1, 13},
        new Object[] {"09/08/2026", 2, 9, 0, 11},
        new Object[] {LocalDate.of(2026, 9, 9), 0, 15, 3, 18});
    TestWorkbooks.sheet(wb, "Location", new Object[] {"Location", "Total followers"}, new Object[] {"Munich", 1204});
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/acme_followers_1694000000000.xls", TestWorkbooks.bytes(wb))
            .load(
                """
                imports:
                  - file: exports/acme_followers_1694000000000.xls
                    format: linkedin-page
                    channel: linkedin
                    metrics: { Total followers: new-followers }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values())
        .containsExactly(
            "2026-09-07 new-followers 13 channel:linkedin",
            "2026-09-08 new-followers 11 channel:linkedin",
            "2026-09-09 new-followers 18 channel:linkedin");
    assertThat(loaded.total("new-followers")).isCloseTo(13 + 11 + 18, within(0.0));
    assertThat(loaded.summaries()).singleElement().asString().startsWith(
        "exports/acme_followers_1694000000000.xls [New followers] (linkedin-page): 3 rows");
  }

  @Test
  void inlineStringsAreReadLikeSharedOnes() {
    byte[] bytes =
        TestWorkbooks.minimal(
            "<row r=\"1\">" + TestWorkbooks.inline("A1", "Date") + TestWorkbooks.inline("B1", "Views") + "</row>"
                + "<row r=\"2\">" + TestWorkbooks.inline("A2", "2026-07-14") + TestWorkbooks.number("B2", "300") + "</row>"
                + "<row r=\"4\">" + TestWorkbooks.inline("A4", "2026-07-15") + TestWorkbooks.inline("B4", "-") + "</row>"
                + "<row r=\"5\">" + TestWorkbooks.inline("A5", "2026-07-16") + TestWorkbooks.number("B5", "120") + "</row>");
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/Chart data.xlsx", bytes)
            .load(
                """
                imports:
                  - file: exports/Chart data.xlsx
                    format: youtube-studio
                    metrics: { Views: views }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.results()).containsExactly("2026-07-14 views 300 @2:2", "2026-07-16 views 120 @5:2");
  }

  @Test
  void linkedInContentHasADailyMetricsSheetAndAnAllPostsSheetDatedByCreatedDate() {
    XSSFWorkbook wb = new XSSFWorkbook();
    TestWorkbooks.sheet(
        wb,
        "Metrics",
        new Object[] {"Aggregated engagement metrics for Acme Outdoor, 09/07/2026 - 09/08/2026"},
        new Object[] {"Date", "Impressions (organic)", "Impressions (sponsored)", "Impressions (total)"},
        new Object[] {"09/07/2026", 2335, 0, 2335},
        new Object[] {"09/08/2026", 2868, 410, 3278});
    TestWorkbooks.sheet(
        wb,
        "All posts",
        new Object[] {"All posts metrics for Acme Outdoor"},
        new Object[] {"Post title", "Post link", "Post type", "Posted by", "Created date", "Impressions", "Clicks", "Likes",
            "Comments", "Reposts"},
        new Object[] {"Three huts, one pack", "https://www.linkedin.com/feed/update/urn:li:activity:1", "Organic", "Mia Berger",
            "09/07/2026", 1840, 52, 61, 4, 3},
        new Object[] {"Hiring a trail guide", "https://www.linkedin.com/feed/update/urn:li:activity:2", "Organic", "Jonas Keller",
            "09/07/2026", 990, 31, 22, 6, 1},
        new Object[] {"Autumn hut closing dates", "https://www.linkedin.com/feed/update/urn:li:activity:3", "Sponsored",
            "Mia Berger", "09/08/2026", 2410, 88, 40, 2, 5});
    byte[] bytes = TestWorkbooks.bytes(wb);
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/acme_content_1694100000000.xlsx", bytes)
            .load(
                """
                imports:
                  - file: exports/acme_content_1694100000000.xlsx
                    format: linkedin-page
                    metrics: { Impressions (total): impressions }
                  - file: exports/acme_content_1694100000000.xlsx
                    format: linkedin-page
                    sheet: All posts
                    metrics: { Clicks: clicks, Likes: engagements, Comments: engagements, Reposts: engagements }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values())
        .containsExactly(
            "2026-09-07 impressions 2335",
            "2026-09-08 impressions 3278",
            "2026-09-07 clicks " + (52 + 31),
            "2026-09-07 engagements " + (61 + 4 + 3 + 22 + 6 + 1),
            "2026-09-08 clicks 88",
            "2026-09-08 engagements " + (40 + 2 + 5));
  }

  @Test
  void linkedInVisitorsFromTheirVisitorMetricsSheet() {
    HSSFWorkbook wb = new HSSFWorkbook();
    TestWorkbooks.sheet(
        wb,
        "Visitor metrics",
        new Object[] {"Date", "Overview page views (desktop)", "Overview page views (mobile)", "Overview page views (total)",
            "Total page views (total)", "Total unique visitors (total)"},
        new Object[] {"09/07/2026", 120, 84, 204, 311, 150},
        new Object[] {"09/08/2026", 98, 77, 175, 260, 131});
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/acme_visitors_1694200000000.xls", TestWorkbooks.bytes(wb))
            .load(
                """
                imports:
                  - file: exports/acme_visitors_1694200000000.xls
                    format: linkedin-page
                    metrics: { Total page views (total): page-views, Total unique visitors (total): visitors }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.total("page-views")).isEqualTo(311 + 260);
    assertThat(loaded.total("visitors")).isEqualTo(150 + 131);
  }
}
