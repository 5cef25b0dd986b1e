package io.github.socialstrategy.core.load.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys of an {@code imports} entry, and what each format allows of them. */
class ImportKeysTest {

  @TempDir Path dir;

  private ImportHarness.Loaded load(String yaml) {
    return new ImportHarness(dir).write("exports/e.csv", "Date,Views\n2026-07-14,10\n").load(yaml);
  }

  @Test
  void everyNewKeyIsAcceptedWhereItApplies() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("x-ads-campaigns-2026-04.csv")
            .load(
                """
                imports:
                  - file: exports/x-ads-campaigns-2026-04.csv
                    format: x-ads
                    period: { start: 2026-04-01, end: 2026-04-30 }
                    cost: Spend
                    campaigns: { Spring launch promoted posts: spring-launch, Follower growth: growth }
                    metrics: { Impressions: impressions }
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.parts().imports()).singleElement().satisfies(spec -> {
      assertThat(spec.period().end()).hasToString("2026-04-30");
      assertThat(spec.cost().name()).isEqualTo("Spend");
      assertThat(spec.cost().at()).hasToString("imports.yaml:5:11");
      assertThat(spec.campaigns()).extracting(m -> m.name() + " -> " + m.target().id())
          .containsExactly("Spring launch promoted posts -> spring-launch", "Follower growth -> growth");
      assertThat(spec.metrics()).singleElement().satisfies(m -> assertThat(m.at()).hasToString("imports.yaml:7:16"));
    });
  }

  @Test
  void periodAndDateTogetherAreOneTooMany() {
    assertThat(load(
        """
        imports:
          - file: exports/e.csv
            format: youtube-studio
            period: { start: 2026-07-01, end: 2026-09-30 }
            date: 2026-09-30
            metrics: { Views: views }
        """).findings())
        .containsExactly(
            "imports.yaml:5:11 invalid-value: the import of 'exports/e.csv' has both 'period' and 'date'; keep 'period' for "
                + "an export of totals over a range, or 'date' for one date");
  }

  @Test
  void aPeriodThatEndsBeforeItStarts() {
    assertThat(load(
        """
        imports:
          - file: exports/e.csv
            format: youtube-studio
            period: { start: 2026-09-30, end: 2026-07-01 }
            metrics: { Views: views }
        """).findings())
        .singleElement()
        .asString()
        .startsWith("imports.yaml:4:13 schedule-order: the period of the import of 'exports/e.csv' ends (2026-07-01) before it "
            + "starts (2026-09-30)");
  }

  @Test
  void costPeriodAndDateDoNotApplyToGenericCsvNorCampaignsToAFormatWithoutCampaigns() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("generic-results.csv")
            .write("exports/e.csv", "Date,Views\n2026-07-14,10\n")
            .load(
                """
                imports:
                  - file: exports/generic-results.csv
                    format: generic-csv
                    cost: cost
                    date: 2026-02-01
                  - file: exports/e.csv
                    format: youtube-studio
                    campaigns: { Spring: spring-launch }
                    metrics: { Views: views }
                """);

    assertThat(loaded.findings())
        .containsExactly(
            "imports.yaml:4:11 invalid-value: 'cost' does not apply to a generic-csv import, whose rows carry their own dates "
                + "and costs; remove it",
            "imports.yaml:5:11 invalid-value: 'date' does not apply to a generic-csv import, whose rows carry their own dates "
                + "and costs; remove it",
            "imports.yaml:8:16 invalid-value: 'campaigns' maps the campaigns of an ads export (meta-ads, x-ads, linkedin-ads, "
                + "google-ads); a youtube-studio export has no campaign column. Remove 'campaigns', or scope the import with "
                + "'campaign'");
  }

  @Test
  void aSheetOnACsvFileIsAMistake() {
    assertThat(load(
        """
        imports:
          - file: exports/e.csv
            format: youtube-studio
            sheet: Table data
            metrics: { Views: views }
        """).findings())
        .containsExactly(
            "imports.yaml:4:12 invalid-value: 'sheet' names a sheet of an Excel workbook, but 'exports/e.csv' is a CSV text "
                + "file; remove 'sheet'");
  }

  @Test
  void anUnknownFormatSuggestsTheNearestAndListsThemAll() {
    assertThat(load(
        """
        imports:
          - file: exports/e.csv
            format: meta-ad
            metrics: { Views: views }
        """).findings())
        .containsExactly(
            "imports.yaml:3:13 invalid-value: 'format' of an import must be one of " + String.join(" | ", ExportFormats.ids())
                + ", not 'meta-ad'; did you mean 'meta-ads'?");
  }

  @Test
  void campaignIdsAreCheckedAgainstThePlanOnceAtTheImport(@TempDir Path plan) throws Exception {
    PlanFixture fixture = PlanFixture.clean(plan);
    fixture.write("exports/x.csv", "Campaign,Time,Spend,Impressions\nSpring,2026-03-10,4,100\nSpring,2026-03-11,4,90\n");
    fixture.write(
        "imports.yaml",
        """
        imports:
          - file: exports/x.csv
            format: x-ads
            cost: Spend
            campaigns: { Spring: spring-lunch }
            metrics: { Impressions: impressions }
        """);

    CheckResult result = fixture.check();

    assertThat(PlanFixture.briefs(result)).containsExactly("imports.yaml:5:26 | error | unresolved-reference");
    assertThat(result.diagnostics().get(0).fullMessage()).contains("maps 'Spring' to campaign", "did you mean 'spring-launch'?");
  }
}
