package io.github.socialstrategy.core.load.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ads formats: spend recorded as cost, platform campaigns mapped to plan campaigns, rows of unmapped
 * campaigns read with the import's scope and counted in one info finding. Every total is a hand sum of the
 * fixture's rows.
 */
class AdsImportTest {

  @TempDir Path dir;

  @Test
  void metaAdsDailyRowsAreDatedByDayTheirSpendIsCostAndUnmappedCampaignsAreCountedOnce() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("meta-ads-2026-03-daily.csv")
            .load(
                """
                imports:
                  - file: exports/meta-ads-2026-03-daily.csv
                    format: meta-ads
                    channel: facebook
                    cost: Amount spent (EUR)
                    campaigns:
                      "Spring launch | FB | conversions": spring-launch
                    metrics:
                      Impressions: impressions
                      Link clicks: clicks
                """);

    // Spring launch on 03-02: two ad sets, 11,430 + 7,020 impressions, 214 + 131 clicks, 312.40 + 198.75 spent.
    // The row's spend goes with its first value (Impressions comes before Link clicks in the header).
    assertThat(loaded.values())
        .containsExactly(
            "2026-03-02 clicks 96 channel:facebook",
            "2026-03-02 clicks 345 campaign:spring-launch",
            "2026-03-02 impressions 4870 channel:facebook cost 88.1",
            "2026-03-02 impressions 18450 campaign:spring-launch cost 511.15",
            "2026-03-03 clicks 188 campaign:spring-launch",
            "2026-03-03 impressions 4610 channel:facebook cost 91.35",
            "2026-03-03 impressions 10950 campaign:spring-launch cost 305");
    assertThat(loaded.total("impressions")).isEqualTo(11430 + 7020 + 4870 + 10950 + 4610);
    assertThat(loaded.total("clicks")).isEqualTo(214 + 131 + 96 + 188);
    assertThat(loaded.cost()).isCloseTo(312.40 + 198.75 + 88.10 + 305.00 + 91.35, within(1e-9));
    assertThat(loaded.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.rule()).isEqualTo(Rule.UNMAPPED_CAMPAIGN);
      assertThat(d.severity()).isEqualTo(Severity.INFO);
      assertThat(d.location()).as("the campaigns mapping").hasToString("imports.yaml:7:7");
      assertThat(d.message())
          .isEqualTo(
              "2 rows of 'exports/meta-ads-2026-03-daily.csv' (meta-ads) belong to 1 campaign that 'campaigns' does not map "
                  + "('Always-on retargeting'); they were read with the import's own scope (channel 'facebook'). Map it to a "
                  + "plan campaign to attribute them");
    });
    assertThat(loaded.summaries())
        .containsExactly(
            "exports/meta-ads-2026-03-daily.csv (meta-ads): 5 rows, 7 results for 2 metrics, 2026-03-02 to 2026-03-03, "
                + "cost 995.60, 2 rows of 1 unmapped campaign");
  }

  @Test
  void metaAdsRowsWithoutADayAreTotalsDatedAtTheirReportingEnd() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("meta-ads-2026-03-campaigns.csv")
            .load(
                """
                imports:
                  - file: exports/meta-ads-2026-03-campaigns.csv
                    format: meta-ads
                    cost: Amount spent (EUR)
                    campaigns:
                      "Spring launch | FB | conversions": spring-launch
                      Always-on retargeting: retargeting
                    metrics: { Reach: reach, Link clicks: clicks }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.values())
        .containsExactly(
            "2026-03-31 clicks 902 campaign:retargeting",
            "2026-03-31 clicks 3412 campaign:spring-launch",
            "2026-03-31 reach 9870 campaign:retargeting cost 1204.2",
            "2026-03-31 reach 61420 campaign:spring-launch cost 4980.55");
  }

  @Test
  void xAdsAreDatedByTimeAndSpendIsTheCost() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("x-ads-campaigns-2026-04.csv")
            .load(
                """
                imports:
                  - file: exports/x-ads-campaigns-2026-04.csv
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
            "2026-04-02 engagements 139 campaign:spring-launch",
            "2026-04-02 impressions 4480 campaign:spring-launch cost 38.1");
    assertThat(loaded.cost()).isCloseTo(42.50 + 38.10 + 15.00, within(1e-9));
    assertThat(loaded.diagnostics()).extracting(Diagnostic::rule).containsExactly(Rule.UNMAPPED_CAMPAIGN);
  }

  @Test
  void linkedInCampaignManagerReportsSkipTheirFactsAboveTheTableAndTheirTotalRow() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("linkedin-campaign-performance-2026-05.csv")
            .load(
                """
                imports:
                  - file: exports/linkedin-campaign-performance-2026-05.csv
                    format: linkedin-ads
                    channel: linkedin
                    cost: Total Spent
                    campaigns: { "Spring launch | LinkedIn": spring-launch }
                    metrics: { Impressions: impressions, Clicks: clicks, Leads: leads }
                """);

    assertThat(loaded.values())
        .containsExactly(
            "2026-05-04 clicks 88 channel:linkedin",
            "2026-05-04 clicks 412 campaign:spring-launch",
            "2026-05-04 impressions 6020 channel:linkedin cost 210",
            "2026-05-04 impressions 18230 campaign:spring-launch cost 1204.55",
            "2026-05-04 leads 0 channel:linkedin",
            "2026-05-04 leads 12 campaign:spring-launch",
            "2026-05-05 clicks 350 campaign:spring-launch",
            "2026-05-05 impressions 15110 campaign:spring-launch cost 980.1",
            "2026-05-05 leads 9 campaign:spring-launch");
    // The Total row (2,394.65 spent) is skipped: counted once, through its campaigns.
    assertThat(loaded.cost()).isCloseTo(1204.55 + 980.10 + 210.00, within(1e-9));
    assertThat(loaded.summaries()).singleElement().asString().contains("3 rows, 1 totals row skipped, 9 results for 3 metrics");
  }

  @Test
  void googleAdsRowsAreTotalsOverTheRangeTheReportStatesAndItsTotalRowsAreSkipped() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("google-ads-campaigns-2026-06.csv")
            .load(
                """
                imports:
                  - file: exports/google-ads-campaigns-2026-06.csv
                    format: google-ads
                    cost: Cost
                    campaigns: { "Spring launch | Search": spring-launch }
                    metrics: { Impr.: impressions, Clicks: clicks, Conv. value: revenue }
                """);

    // Brand and the paused Summer teaser (all zeros) are unmapped: counted for the whole plan, and summed.
    assertThat(loaded.values())
        .containsExactly(
            "2026-06-30 clicks 980",
            "2026-06-30 clicks 2115 campaign:spring-launch",
            "2026-06-30 impressions 12004 cost 402.15",
            "2026-06-30 impressions 48210 campaign:spring-launch cost 1245.6",
            "2026-06-30 revenue 2150",
            "2026-06-30 revenue 7320 campaign:spring-launch");
    assertThat(loaded.summaries())
        .containsExactly(
            "exports/google-ads-campaigns-2026-06.csv (google-ads): 3 rows, 2 totals rows skipped, 6 results for 3 metrics, "
                + "2026-06-30, cost 1,647.75, 2 rows of 2 unmapped campaigns");
    assertThat(loaded.findings())
        .singleElement()
        .asString()
        .contains("unmapped-campaign", "'Brand | Search', 'Summer teaser | Display'", "counted for the whole plan");
  }

  @Test
  void googleAdsExcelCsvIsUtf16WithTabsAndReadsTheSame() throws Exception {
    String csv = Files.readString(
        io.github.socialstrategy.core.PlanFixture.resource("/imports/google-ads-campaigns-2026-06.csv"), StandardCharsets.UTF_8);
    String tabs = toTabs(csv);
    byte[] utf16 = ("\uFEFF" + tabs.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_16LE);
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/Campaign report.csv", utf16)
            .load(
                """
                imports:
                  - file: exports/Campaign report.csv
                    format: google-ads
                    cost: Cost
                    campaigns: { "Spring launch | Search": spring-launch }
                    metrics: { Impr.: impressions, Clicks: clicks, Conv. value: revenue }
                """);

    assertThat(loaded.values()).contains("2026-06-30 impressions 48210 campaign:spring-launch cost 1245.6");
    assertThat(loaded.total("impressions")).isEqualTo(48210 + 12004);
    assertThat(loaded.findings()).extracting(f -> f.substring(f.indexOf(' ') + 1, f.indexOf(':', f.indexOf(' ')))).containsExactly("unmapped-campaign");
  }

  @Test
  void aCampaignsMappingNeedsACampaignColumnAndACostColumnMustExist() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/ads.csv", "Reporting starts,Reporting ends,Impressions,Spend\n2026-03-01,2026-03-31,100,5\n")
            .load(
                """
                imports:
                  - file: exports/ads.csv
                    format: meta-ads
                    cost: Amount spent (EUR)
                    campaigns: { Spring: spring-launch }
                    metrics: { Impressions: impressions }
                """);

    assertThat(loaded.findings())
        .containsExactly(
            "imports.yaml:4:11 missing-field: 'exports/ads.csv' (meta-ads) has no column 'Amount spent (EUR)', which the "
                + "import maps to the cost; the columns found are: Reporting starts, Reporting ends, Impressions, Spend. Fix "
                + "the column name in the import, or export that column; did you mean 'Spend'?",
            "imports.yaml:5:16 missing-field: 'exports/ads.csv' (meta-ads) has no campaign column (campaign name, campaign), "
                + "so 'campaigns' cannot be applied; the columns found are: Reporting starts, Reporting ends, Impressions, "
                + "Spend. Export the report broken down by campaign");
    assertThat(loaded.values()).containsExactly("2026-03-31 impressions 100");
  }

  @Test
  void aNegativeOrBadSpendIsReportedAndTheRowIsStillRead() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/x.csv", "Campaign,Time,Spend,Impressions\nA,2026-04-01,-4.00,10\nA,2026-04-02,n/a,20\nA,2026-04-03,$1.50,30\n")
            .load(
                """
                imports:
                  - file: exports/x.csv
                    format: x-ads
                    cost: Spend
                    metrics: { Impressions: impressions }
                """);

    assertThat(loaded.findings())
        .containsExactly(
            "exports/x.csv:2:14 invalid-value: column 'Spend' (column C) is the import's cost and must be 0 or more, not "
                + "'-4.00'; the row's cost is not recorded",
            "exports/x.csv:3:14 invalid-value: column 'Spend' (column C) must hold a number such as 1200, \"15,000\" or 4.5% "
                + "(or be empty or '-' for none), not 'n/a'");
    assertThat(loaded.values())
        .containsExactly("2026-04-01 impressions 10", "2026-04-02 impressions 20", "2026-04-03 impressions 30 cost 1.5");
  }

  @Test
  void aRowWithSpendButNoValueStillRecordsItsCost() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/x.csv", "Campaign,Time,Spend,Impressions\nA,2026-04-01,4.00,-\n")
            .load(
                """
                imports:
                  - file: exports/x.csv
                    format: x-ads
                    cost: Spend
                    metrics: { Impressions: impressions }
                """);

    assertThat(loaded.values()).containsExactly("2026-04-01 impressions 0 cost 4");
  }

  /** The fixture as Google's "Excel CSV" writes it: tabs between cells, no quotes. */
  private static String toTabs(String csv) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (char c : csv.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.append('\t');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
