package io.github.socialstrategy.core.load.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.model.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generic-csv}: the plan's own result columns, with the import's scope for rows that have none. */
class GenericCsvImportTest {

  @TempDir Path dir;

  @Test
  void theImportScopeAppliesToRowsWithoutOneAndRowsAreSummedPerDateMetricAndScope() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .fixture("generic-results.csv")
            .load(
                """
                imports:
                  - file: exports/generic-results.csv
                    format: generic-csv
                    channel: x
                """);

    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.results())
        .containsExactly(
            "2026-02-01 impressions 200 channel:instagram @4:24",
            "2026-02-01 impressions 1500 channel:x @2:24 cost 10",
            "2026-02-02 engagements 1200 channel:x @5:24 cost 5.5");
    Result summed = loaded.parts().results().get(1);
    assertThat(summed.location(Result.Field.VALUE)).hasToString("exports/generic-results.csv:2:24");
    assertThat(summed.location(Result.Field.COST)).as("the first row with a cost").hasToString("exports/generic-results.csv:3:29");
  }

  @Test
  void theMappingRenamesMetricIdsAndTheHeaderIsCheckedAsInResultsTables() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/g.csv", "date,metric,value,chanel\n2026-02-01,Impressions,10,\n2026-02-01,reach,5,\n")
            .load(
                """
                imports:
                  - file: exports/g.csv
                    format: generic-csv
                    metrics: { impressions: impressions-total }
                """);

    assertThat(loaded.results()).containsExactly("2026-02-01 impressions-total 10 @2:24", "2026-02-01 reach 5 @3:18");
    assertThat(loaded.findings())
        .containsExactly(
            "exports/g.csv:1:19 unknown-key: unknown column 'chanel' in a generic-csv export; the columns are date, metric, "
                + "value, activity, channel, campaign, cost; did you mean 'channel'?");
  }

  @Test
  void aTableWithoutTheResultColumnsIsAnError() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("exports/g.csv", "day,metric,value\n2026-02-01,impressions,10\n")
            .load(
                """
                imports:
                  - file: exports/g.csv
                    format: generic-csv
                """);

    assertThat(loaded.results()).isEmpty();
    assertThat(loaded.findings())
        .containsExactly(
            "exports/g.csv:1:1 unknown-key: unknown column 'day' in a generic-csv export; the columns are date, metric, value, "
                + "activity, channel, campaign, cost; did you mean 'date'?",
            "exports/g.csv:1:1 missing-field: a generic-csv export has no 'date' column; it needs date, metric and value (and "
                + "optionally activity, channel, campaign, cost); found: day, metric, value");
  }
  @Test
  void aPlatformsExportAmongTheResultsTablesGetsOneErrorThatSaysHowToImportIt() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir)
            .write("results/ga4-sessions.csv", "Date,Sessions,Engaged sessions,Total revenue\n20260201,120,80,0\n")
            .load("");

    assertThat(loaded.results()).isEmpty();
    assertThat(loaded.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.rule().id()).isEqualTo("missing-field");
      assertThat(d.location()).hasToString("results/ga4-sessions.csv:1:1");
      assertThat(d.message())
          .isEqualTo("a results table needs the columns date, metric and value, and this file has no metric or value column "
              + "(found: Date, Sessions, Engaged sessions, Total revenue)");
      assertThat(d.hint())
          .startsWith("if a platform wrote it, move it under exports/ and list it in the plan's 'imports' with its format, "
              + "e.g. '- { file: exports/ga4-sessions.csv, format: ga4, scope: { channel: website } }' (formats: ")
          .contains("ga4, ")
          .endsWith("); otherwise give it the columns date, metric and value");
    });
  }

  @Test
  void aResultsTableWithMisspeltColumnsIsNotTakenForAnExport() {
    ImportHarness.Loaded loaded =
        new ImportHarness(dir).write("results/r.csv", "date,metrc,value\n2026-02-01,reach,5\n").load("");

    assertThat(loaded.findings())
        .hasSize(2)
        .anySatisfy(f -> assertThat(f).startsWith("results/r.csv:1:6 unknown-key: unknown column 'metrc' in a results table"))
        .anySatisfy(f -> assertThat(f).startsWith("results/r.csv:1:1 missing-field: a results table has no 'metric' column"));
  }
}
