package io.github.socialstrategy.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.model.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The other half of each results rule's fixture (see {@code src/test/resources/near-misses/README.md}):
 * the rule's fixture taken just across its threshold (a KPI exactly 25 points behind, returns on 3 days,
 * spending exactly the budget, a strategy whose activity is active, an outtake KPI among outputs, an intended
 * KPI that moved 6%) gives exactly the findings listed, and none of that rule.
 */
class NearMissFixturesTest {

  /** Every rule about results: the list derives from the rules' phase, never retyped. */
  static java.util.stream.Stream<Rule> resultRules() {
    return Rule.inPhase(Rule.Phase.RESULTS).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resultRules")
  void justAcrossTheThresholdTheRuleDoesNotFire(Rule rule, @TempDir Path dir) throws IOException {
    Path trigger = PlanFixture.resource("/rules").resolve(rule.id());
    Path nearMiss = PlanFixture.resource("/near-misses").resolve(rule.id());
    assertThat(nearMiss).as("a near-miss directory for rule %s", rule.id()).isDirectory();
    List<RuleFixturesTest.Expected> expected = RuleFixturesTest.Expected.read(nearMiss.resolve("expected.txt"));

    PlanFixture fixture = PlanFixture.clean(dir).overlay(trigger);
    assertThat(PlanFixture.of(fixture.check(), rule)).as("the fixture of %s itself fires it", rule.id()).isNotEmpty();
    CheckResult result = fixture.overlay(nearMiss).check();

    assertThat(PlanFixture.of(result, rule)).as("findings of %s just across its threshold", rule.id()).isEmpty();
    assertThat(PlanFixture.briefs(result))
        .as("every finding of the near miss, in plan order")
        .containsExactlyElementsOf(expected.stream().map(RuleFixturesTest.Expected::brief).toList());
  }
}
