package io.github.socialstrategy.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.analyze.Pacing;
import io.github.socialstrategy.core.model.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One place per rule: each rule has its phase, and every rule of the plan and results phases is reported by
 * exactly one check of the one validator that runs after the analysis.
 */
class RulePhasesTest {

  @Test
  void everyPlanAndResultsRuleHasExactlyOneCheck() {
    List<Rule> expected = new ArrayList<>(Rule.inPhase(Rule.Phase.PLAN));
    expected.addAll(Rule.inPhase(Rule.Phase.RESULTS));
    // Validator.rules() throws when two checks claim one rule
    assertThat(new Validator(10, Pacing.Thresholds.DEFAULT).rules()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyRuleHasAPhaseAndTheResultsRulesAreThoseAboutResults() {
    EnumSet<Rule> all = EnumSet.noneOf(Rule.class);
    for (Rule.Phase p : Rule.Phase.values()) {
      all.addAll(Rule.inPhase(p));
    }
    assertThat(all).containsExactlyInAnyOrder(Rule.values());
    assertThat(Rule.inPhase(Rule.Phase.RESULTS)).containsExactly(
        Rule.KPI_WITHOUT_RESULTS, Rule.MISALIGNED_CAMPAIGN, Rule.OFF_TRACK_OBJECTIVE, Rule.NEGATIVE_ROI, Rule.BUDGET_OVERRUN,
        Rule.IDLE_STRATEGY, Rule.OUTPUT_ONLY_MEASUREMENT);
    assertThat(Rule.inPhase(Rule.Phase.FORMAT)).contains(Rule.YAML_SYNTAX, Rule.UNKNOWN_KEY, Rule.INVALID_VALUE);
    assertThat(Rule.inPhase(Rule.Phase.LINK)).contains(Rule.DUPLICATE_ID, Rule.UNRESOLVED_REFERENCE);
    for (Rule r : Rule.values()) {
      assertThat(r.aboutResults()).isEqualTo(r.phase() == Rule.Phase.RESULTS);
    }
  }

  @Test
  void aResultAfterTheDueDateDoesNotMeasureTheKpi(@TempDir Path dir) {
    // followers is due 2026-03-31; its only result is dated 10 April, after its window closed
    CheckResult r = PlanFixture.clean(dir).overlay(PlanFixture.resource("/rules/kpi-without-results"))
        .write("results/late.csv", "date,metric,value\n2026-04-10,followers,5200\n").check();
    assertThat(PlanFixture.of(r, Rule.KPI_WITHOUT_RESULTS)).extracting(d -> d.message()).singleElement()
        .satisfies(m -> assertThat(m).contains("KPI 'followers'", "no results in its window (2026-01-01 to 2026-03-31) by 2026-04-15"));
  }
}
