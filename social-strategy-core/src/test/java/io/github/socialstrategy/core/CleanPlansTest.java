package io.github.socialstrategy.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Rule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence that rules do not fire on good plans: the clean fixture, which every rule fixture starts
 * from, and the sample project's plan both check without a single finding, and were really read.
 */
class CleanPlansTest {

  @Test
  void cleanFixtureGivesNoFindings(@TempDir Path dir) {
    CheckResult result = PlanFixture.clean(dir).check();

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.summary()).isEqualTo("0 errors, 0 warnings");
    Plan plan = result.plan();
    assertThat(plan.info().id()).isEqualTo("tiny-2026");
    assertThat(plan.framework().builtIn()).isTrue();
    assertThat(plan.metrics().ids()).containsExactlyInAnyOrder("impressions", "engagements", "engagement-rate", "first-response-time");
    assertThat(plan.objectives().ids()).containsExactlyInAnyOrder("be-known", "answer-fast");
    assertThat(plan.strategies().ids()).containsExactlyInAnyOrder("brand-content", "care-desk");
    assertThat(plan.activities().ids()).containsExactlyInAnyOrder("weekly-photo", "care-rota");
    assertThat(plan.campaigns().ids()).containsExactly("spring-launch");
    assertThat(plan.channels().ids()).containsExactlyInAnyOrder("instagram", "x");
    assertThat(plan.pages().ids()).containsExactly("overview");
    // three CSV rows and two YAML results
    assertThat(plan.results()).hasSize(5);
    // two links in the plan description, two in pages/overview.md, all resolved
    assertThat(plan.markdownLinks()).hasSize(4);
    assertThat(plan.asOf()).isEqualTo(LocalDate.of(2026, 4, 15));
  }

  @Test
  void samplePlanHasNoErrorsAndOnlyFindingsAboutItsResults() throws Exception {
    CheckResult result = SocialStrategy.check(Settings.builder(PlanFixture.SAMPLE).build());

    // The sample tells a story about its results (a misaligned campaign, an overrun...): those warnings
    // are wanted; nothing about the plan's structure is.
    Set<Rule> aboutResults = EnumSet.of(
        Rule.MISALIGNED_CAMPAIGN, Rule.OFF_TRACK_OBJECTIVE, Rule.NEGATIVE_ROI, Rule.BUDGET_OVERRUN,
        Rule.IDLE_STRATEGY, Rule.OUTPUT_ONLY_MEASUREMENT);
    assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.rule()).isIn(aboutResults));
    assertThat(result.errors()).isZero();
    assertThat(result.plan().objectives().list()).isNotEmpty();
    assertThat(result.plan().activities().list()).isNotEmpty();
    assertThat(result.plan().results()).isNotEmpty();
  }
}
