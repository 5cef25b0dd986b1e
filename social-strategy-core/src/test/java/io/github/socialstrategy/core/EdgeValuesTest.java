package io.github.socialstrategy.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Rule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values at the edges: overflowing numbers, a target equal to its baseline, a budget of 0, an export imported twice. */
class EdgeValuesTest {

  @TempDir Path dir;

  private static List<Diagnostic> of(CheckResult r, Rule rule) {
    return r.diagnostics().stream().filter(d -> d.rule() == rule).toList();
  }

  @Test
  void numbersBeyondAMillionBillionAreRefusedNotSummedToInfinity() throws Exception {
    CheckResult r = PlanFixture.clean(dir)
        .write("results/huge.csv", "date,metric,value\n2026-03-01,impressions,1e308\n2026-03-02,impressions,1e15\n")
        .check();
    List<Diagnostic> invalid = of(r, Rule.INVALID_VALUE);
    assertThat(invalid).hasSize(1);
    assertThat(invalid.get(0).location().toString()).isEqualTo("results/huge.csv:2:24");
    assertThat(r.figures().kpis()).allSatisfy(k -> assertThat(Double.isInfinite(k.actual())).isFalse());
  }

  @Test
  void aTargetEqualToItsBaselineIsReportedAndTheKpiIsTracked() throws Exception {
    CheckResult r = PlanFixture.clean(dir)
        .write("more.yaml", """
            objectives:
              - id: hold-nps
                title: Hold NPS
                pillar: service
                kpis:
                  - metric: impressions
                    baseline: 40
                    target: 40
            strategies:
              - id: hold
                title: Hold
                serves: [hold-nps]
            activities:
              - id: hold-act
                title: Hold activity
                implements: [hold]
            """)
        .check();
    List<Diagnostic> invalid = of(r, Rule.INVALID_VALUE);
    assertThat(invalid).hasSize(1);
    assertThat(invalid.get(0).location().toString()).isEqualTo("more.yaml:8:17");
    assertThat(invalid.get(0).message()).contains("equals its baseline");
  }

  @Test
  void aBudgetOfZeroIsOverrunByAnyRecordedCost() throws Exception {
    CheckResult r = PlanFixture.clean(dir)
        .write("more.yaml", """
            activities:
              - id: free-posts
                title: Free posts
                implements: [brand-content]
                budget: 0
            """)
        .write("results/free.csv", "date,metric,value,activity,cost\n2026-03-01,impressions,100,free-posts,500\n")
        .check();
    List<Diagnostic> overruns = of(r, Rule.BUDGET_OVERRUN);
    assertThat(overruns).extracting(d -> d.location().toString()).contains("more.yaml:5:13");
    assertThat(overruns).anySatisfy(d -> assertThat(d.message()).contains("activity 'free-posts' has spent", "over its budget of EUR 0"));
  }

  @Test
  void oneExportImportedTwiceWithTheSameMetricsIsReportedAndReadOnce() throws Exception {
    CheckResult r = PlanFixture.clean(dir)
        .write("exports/g.csv", "date,metric,value\n2026-03-01,impressions,100\n")
        .write("imports.yaml", """
            imports:
              - file: exports/g.csv
                format: generic-csv
              - file: ./exports/g.csv
                format: generic-csv
            """)
        .check();
    List<Diagnostic> invalid = of(r, Rule.INVALID_VALUE);
    assertThat(invalid).hasSize(1);
    assertThat(invalid.get(0).location().toString()).isEqualTo("imports.yaml:4:11");
    assertThat(invalid.get(0).message()).contains("already imported at imports.yaml:2:11", "count twice");
    assertThat(r.plan().results().stream().filter(x -> x.file().planPath().equals("exports/g.csv")).count()).isEqualTo(1);
  }

  @Test
  void aPercentageRecordedOnTwoChannelsTheSameDayIsTheirMeanNotTheirSum() throws Exception {
    CheckResult r = PlanFixture.clean(dir)
        .write("more.yaml", """
            metrics:
              - id: nps
                title: Net promoter score
                unit: percent
                aggregate: last
              - id: fans
                title: Fans
                unit: count
                aggregate: last
            objectives:
              - id: be-loved
                title: Be loved
                pillar: service
                kpis:
                  - { metric: nps, baseline: 30, target: 70 }
                  - { metric: fans, baseline: 0, target: 1000 }
            """)
        .write("results/nps.csv", """
            date,metric,value,channel
            2026-03-01,nps,40,instagram
            2026-03-01,nps,60,x
            2026-03-01,fans,300,instagram
            2026-03-01,fans,200,x
            """)
        .check();
    var kpis = r.figures().kpis().stream().filter(k -> k.objective().id().equals("be-loved")).toList();
    assertThat(kpis).extracting(k -> k.actual()).containsExactly(50.0, 500.0);
  }

  @Test
  void aPastedLineSeparatorDoesNotShiftLaterLines() throws Exception {
    CheckResult r = PlanFixture.clean(dir)
        .write("more.yaml", "# pasted from the web:\u2028 a note\nchannels:\n  - id: blog\n    title: Blog\n    typ: blog\n")
        .check();
    assertThat(r.diagnostics()).extracting(d -> d.location().toString() + " " + d.rule().id())
        .containsExactly("more.yaml:5:5 unknown-key");
  }
}
