package io.github.socialstrategy.core;

import static io.github.socialstrategy.core.PlanFixture.briefs;
import static io.github.socialstrategy.core.PlanFixture.of;
import static io.github.socialstrategy.core.PlanFixture.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Severity;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The details of findings that the contract promises beyond rule and place: hints, both places of a
 * duplicate, where links in Markdown and cells in CSV are, and severities a user changes.
 */
class RulesTest {

  @TempDir Path dir;

  @Test
  void misspeltKeyHintsTheNearestKnownKey() {
    CheckResult result = PlanFixture.clean(dir).write("extra.yaml", """
        activities:
          - id: trail-tips
            title: Trail tips
            implemnts: [brand-content]
        """).check();

    Diagnostic d = only(result, Rule.UNKNOWN_KEY);
    assertThat(PlanFixture.brief(d)).isEqualTo("extra.yaml:4:5 | error | unknown-key");
    assertThat(d.message()).contains("unknown key 'implemnts'", "activity 'trail-tips'");
    assertThat(d.hint()).isEqualTo("did you mean 'implements'?");
    assertThat(d.format())
        .isEqualTo("extra.yaml:4:5: error: " + d.message() + "; did you mean 'implements'? [unknown-key]");
  }

  @Test
  void unknownKeyFarFromEveryKnownKeyHasNoHint() {
    CheckResult result = PlanFixture.clean(dir).write("extra.yaml", """
        channels:
          - id: threads
            title: Threads
            <<: {}
            ab: 1
        """).check();

    assertThat(of(result, Rule.UNKNOWN_KEY))
        .extracting(PlanFixture::brief, Diagnostic::hint)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("extra.yaml:4:5 | error | unknown-key", null),
            org.assertj.core.groups.Tuple.tuple("extra.yaml:5:5 | error | unknown-key", null));
  }

  @Test
  void unresolvedReferenceHintsTheNearestExistingId() {
    CheckResult result = PlanFixture.clean(dir).write("extra.yaml", """
        activities:
          - id: trail-tips
            title: Trail tips
            implements: [care-desk, brand-contnet]
        """).check();

    Diagnostic d = only(result, Rule.UNRESOLVED_REFERENCE);
    assertThat(PlanFixture.brief(d)).isEqualTo("extra.yaml:4:29 | error | unresolved-reference");
    assertThat(d.message()).contains("activity 'trail-tips'", "strategy 'brand-contnet'", "does not exist");
    assertThat(d.hint()).isEqualTo("did you mean 'brand-content'?");
    // the activity still traces through care-desk
    assertThat(result.diagnostics()).containsExactly(d);
  }

  @Test
  void duplicateIdNamesBothPlaces() {
    CheckResult result = PlanFixture.clean(dir).write("x-strategies.yaml", """
        strategies:
          - id: care-desk
            title: Another care desk
            serves: [answer-fast]
        """).check();

    Diagnostic d = only(result, Rule.DUPLICATE_ID);
    assertThat(PlanFixture.brief(d)).isEqualTo("x-strategies.yaml:2:9 | error | duplicate-id");
    assertThat(d.message()).contains("two strategies with id 'care-desk'", "strategies.yaml:7:9", "rename one");
    assertThat(d.related()).singleElement().hasToString("strategies.yaml:7:9");
    // the first definition counts: its title, not the second one's
    assertThat(result.plan().strategies().get("care-desk").title()).isEqualTo("A staffed care desk");
    assertThat(result.diagnostics()).containsExactly(d);
  }

  @Test
  void duplicateKeyNamesBothLines() {
    CheckResult result = PlanFixture.clean(dir).write("extra.yaml", """
        channels:
          - id: threads
            title: Threads
            type: social-network
            title: Threads (brand)
        """).check();

    Diagnostic d = only(result, Rule.DUPLICATE_KEY);
    assertThat(PlanFixture.brief(d)).isEqualTo("extra.yaml:5:5 | error | duplicate-key");
    assertThat(d.message()).contains("'title'", "first at line 3");
    assertThat(d.related()).singleElement().hasToString("extra.yaml:3:5");
    assertThat(result.plan().channels().get("threads").title()).isEqualTo("Threads");
  }

  @Test
  void uncoveredPillarIsNotReportedWhenTheAllocationGivesItZero() {
    // The clean plan covers marketing and service and gives sales and intelligence 0.
    CheckResult clean = PlanFixture.clean(dir).check();
    assertThat(of(clean, Rule.UNCOVERED_PILLAR)).isEmpty();

    String plan = """
        plan:
          id: tiny-2026
          title: Tiny
          organisation: Tiny Outdoor
          period: { start: 2026-01-01, end: 2026-12-31 }
          currency: EUR
          allocation: { marketing: 50, service: 50, sales: 0 }
        """;
    CheckResult result = PlanFixture.clean(dir).write("plan.yaml", plan).check();
    Diagnostic d = only(result, Rule.UNCOVERED_PILLAR);
    assertThat(PlanFixture.brief(d)).isEqualTo("plan.yaml:2:3 | warning | uncovered-pillar");
    assertThat(d.message()).contains("pillar 'intelligence'", "no objective");
  }

  @Test
  void uncoveredPillarOfTheTeamsOwnFrameworkIsReportedAtThePillar() {
    CheckResult result = PlanFixture.clean(dir).write("plan.yaml", """
        plan:
          id: tiny-2026
          title: Tiny
          organisation: Tiny Outdoor
          period: { start: 2026-01-01, end: 2026-12-31 }
          currency: EUR
        framework:
          id: two-and-a-half
          title: Our own
          pillars:
            - id: marketing
              title: Marketing
              effect: increase-revenue
              goals: [awareness]
            - id: service
              title: Service
              effect: decrease-cost
              goals: [satisfaction]
            - id: research
              title: Research
              effect: insight
              goals: [listening]
        """).check();

    assertThat(briefs(result)).containsExactly("plan.yaml:19:11 | warning | uncovered-pillar");
    assertThat(result.diagnostics().get(0).message()).contains("pillar 'research' (Research)");
  }

  @Test
  void markdownLinkInABlockDescriptionIsReportedAtItsOwnLineAndColumn() {
    CheckResult result = PlanFixture.clean(dir).write("extra.yaml", """
        channels:
          - id: threads
            title: Threads
            description: |
              We post on Threads. Mind strategy:nope, which is not a link.

              | Pillar | Why |
              | --- | --- |
              | marketing | [x](strategy:nope) and [y](objective:be-knwn) |
        """).check();

    assertThat(briefs(result))
        .containsExactly(
            "extra.yaml:9:25 | error | unresolved-reference",
            "extra.yaml:9:48 | error | unresolved-reference");
    assertThat(result.diagnostics().get(0).message()).contains("'strategy:nope'", "strategy 'nope'");
    assertThat(result.diagnostics().get(0).hint()).isNull();
    assertThat(result.diagnostics().get(1).message()).contains("'objective:be-knwn'");
    assertThat(result.diagnostics().get(1).hint()).isEqualTo("did you mean 'be-known'?");
  }

  @Test
  void markdownLinkInAPageIsReportedAtItsLineAndColumn() {
    CheckResult result = PlanFixture.clean(dir).write("pages/notes.md", """
        # Notes

        Read the [overview](page:overview) first,
        then [the desk](strategy:care-desk) and [the rota](activity:care-rotta).
        """).check();

    Diagnostic d = only(result, Rule.UNRESOLVED_REFERENCE);
    assertThat(PlanFixture.brief(d)).isEqualTo("pages/notes.md:4:52 | error | unresolved-reference");
    assertThat(d.hint()).isEqualTo("did you mean 'care-rota'?");
  }

  @Test
  void csvCellErrorsAreReportedAtTheirLineAndColumn() {
    CheckResult result = PlanFixture.clean(dir).write("results/more.csv", """
        date,metric,value,channel,cost
        2026-02-01,impressions,"1,200",instagram,
        2026-02-02,"engage
        ments",10,instagrm,
        2026-02-03,impressions,7,x,-5
        """).check();

    assertThat(briefs(result))
        .containsExactly(
            "results/more.csv:2:24 | error | invalid-value",
            "results/more.csv:3:12 | error | unresolved-reference",
            "results/more.csv:4:11 | error | unresolved-reference",
            "results/more.csv:5:28 | error | invalid-value");
    assertThat(result.diagnostics().get(0).message()).contains("plain number", "'1,200'");
    assertThat(result.diagnostics().get(1).message()).contains("metric 'engage\nments'");
    assertThat(result.diagnostics().get(1).hint()).isEqualTo("did you mean 'engagements'?");
    assertThat(result.diagnostics().get(2).message()).contains("channel 'instagrm'");
    assertThat(result.diagnostics().get(2).hint()).isEqualTo("did you mean 'instagram'?");
    assertThat(result.diagnostics().get(3).message()).contains("cost", "0 or more", "'-5'");
  }

  @Test
  void severityOverridesChangeTheResult() {
    PlanFixture fixture = PlanFixture.clean(dir).write("extra.yaml", """
        objectives:
          - id: win-awards
            title: Win an award
            pillar: marketing
        """);

    CheckResult defaults = fixture.check();
    assertThat(briefs(defaults))
        .containsExactly(
            // one place: in the order of the rule table
            "extra.yaml:2:9 | warning | uncovered-objective",
            "extra.yaml:2:9 | warning | objective-without-kpi");

    CheckResult changed = fixture.check(b -> b.rule("objective-without-kpi", "off").rule("uncovered-objective", "error"));
    assertThat(briefs(changed)).containsExactly("extra.yaml:2:9 | error | uncovered-objective");
    assertThat(changed.errors()).isEqualTo(1);
    assertThat(changed.warnings()).isZero();
    assertThat(changed.hasErrors()).isTrue();
  }

  @Test
  void anErrorRuleSetToWarningNoLongerCountsAsAnError() {
    PlanFixture fixture = PlanFixture.clean(dir).write("extra.yaml", """
        channels:
          - id: threads
            title: Threads
            typ: social-network
        """);
    assertThat(fixture.check().hasErrors()).isTrue();

    CheckResult result = fixture.check(b -> b.rules(Map.of("unknown-key", "WARNING")));

    assertThat(briefs(result)).containsExactly("extra.yaml:4:5 | warning | unknown-key");
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.summary()).isEqualTo("0 errors, 1 warning");
    assertThat(result.withSeverity(Severity.WARNING)).hasSize(1);
  }

  @Test
  void unknownRuleNameIsRefusedWithTheValidNames() {
    Settings.Builder builder = Settings.builder(dir);

    assertThatThrownBy(() -> builder.rule("unkown-key", "off"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'unkown-key' is not a rule")
        .hasMessageContaining(String.join(", ", Arrays.stream(Rule.values()).map(Rule::id).toList()));
    assertThatThrownBy(() -> builder.rule("unknown-key", "fatal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fatal' is not a severity")
        .hasMessageContaining("error, warning, info, off");
    assertThatThrownBy(() -> builder.rules(Map.of("nope", "off", "unknown-key", "loud")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope' is not a rule")
        .hasMessageContaining("'loud' is not a severity");
  }

  @Test
  void everyRuleHasADistinctUserFacingId() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::id))
        .containsExactly(
            "yaml-syntax", "unknown-key", "missing-field", "invalid-value", "duplicate-key", "duplicate-id",
            "unresolved-reference", "plan-missing", "plan-duplicate", "untraced-activity",
            "strategy-without-objective", "uncovered-objective", "uncovered-pillar", "objective-without-kpi",
            "schedule-order", "outside-period", "allocation-sum", "unbalanced-allocation", "formula-error",
            "kpi-without-results", "misaligned-campaign", "off-track-objective", "negative-roi", "budget-overrun",
            "idle-strategy", "output-only-measurement", "unmapped-campaign", "empty-export-column");
    for (Rule r : Rule.values()) {
      assertThat(Rule.byId(r.id())).contains(r);
    }
  }

  @Test
  void findingsOutsideAnyFileArePrintedAsConfiguration() {
    Location nowhere = new Location(null, 1, 1);
    assertThat(nowhere).hasToString("<configuration>:1:1");
  }
}
