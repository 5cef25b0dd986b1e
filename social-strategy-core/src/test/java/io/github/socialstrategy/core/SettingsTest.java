package io.github.socialstrategy.core;

import static io.github.socialstrategy.core.PlanFixture.briefs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Severity;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the settings change in a check, and the values they refuse. */
class SettingsTest {

  @TempDir Path project;

  @Test
  void pathsAreShownRelativeToTheBaseDirectory() {
    Path planDir = project.resolve("src/strategy");
    PlanFixture fixture = PlanFixture.clean(planDir).write("extra.yaml", "channels:\n  - { id: threads, title: Threads, typ: x }\n");

    CheckResult result = fixture.check(b -> b.baseDirectory(project));

    assertThat(result.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.format()).startsWith("src/strategy/extra.yaml:2:36: error: unknown key 'typ'"));
    assertThat(result.diagnostics().get(0).location().file().planPath()).isEqualTo("extra.yaml");
  }

  @Test
  void asOfSettingDecidesWhichKpisAreDue() {
    PlanFixture fixture = PlanFixture.clean(project).overlay(PlanFixture.resource("/rules/kpi-without-results"));

    assertThat(briefs(fixture.check(b -> b.asOf("2026-03-30")))).isEmpty();
    // on the due date itself the KPI counts as due, so that a year-end review catches KPIs due at the plan's end
    assertThat(briefs(fixture.check(b -> b.asOf(LocalDate.of(2026, 3, 31))))).containsExactly("more.yaml:11:17 | warning | kpi-without-results");
    assertThat(briefs(fixture.check(b -> b.asOf("2026-04-01")))).containsExactly("more.yaml:11:17 | warning | kpi-without-results");
    // at the plan's end the second followers KPI is due too
    CheckResult yearEnd = fixture.check(b -> b.asOf("2026-12-31"));
    assertThat(briefs(yearEnd).stream().filter(b -> b.endsWith("kpi-without-results")))
        .containsExactly("more.yaml:11:17 | warning | kpi-without-results", "more.yaml:16:17 | warning | kpi-without-results");
    // and by then the clean plan's two KPIs, still far from their targets, are off track: asOf drives pacing too
    assertThat(briefs(yearEnd).stream().filter(b -> !b.endsWith("kpi-without-results")))
        .containsExactly("objectives.yaml:6:17 | warning | off-track-objective", "objectives.yaml:13:17 | warning | off-track-objective");
    assertThat(yearEnd.plan().asOf()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void allocationToleranceWidensWhatCountsAsBalanced() {
    // effort is 50/50, the intent 70/30: 20 points apart
    PlanFixture fixture = PlanFixture.clean(project).overlay(PlanFixture.resource("/rules/unbalanced-allocation"));

    assertThat(fixture.check().warnings()).isEqualTo(2);
    assertThat(fixture.check(b -> b.allocationTolerance(19.9)).warnings()).isEqualTo(2);
    assertThat(fixture.check(b -> b.allocationTolerance(20)).diagnostics()).isEmpty();
  }

  @Test
  void infoSeverityIsCountedApart() {
    PlanFixture fixture = PlanFixture.clean(project).overlay(PlanFixture.resource("/rules/objective-without-kpi"));

    CheckResult result = fixture.check(b -> b.rule("objective-without-kpi", "info"));

    assertThat(briefs(result)).containsExactly("objectives.yaml:9:9 | info | objective-without-kpi");
    assertThat(result.summary()).isEqualTo("0 errors, 0 warnings, 1 info");
    assertThat(result.withSeverity(Severity.INFO)).hasSize(1);
  }

  @Test
  void badValuesAreRefusedWithTheValidOnes() {
    Settings.Builder b = Settings.builder(project);

    assertThatThrownBy(() -> b.asOf("30.06.2026")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("YYYY-MM-DD");
    assertThatThrownBy(() -> b.allocationTolerance(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 100");
    assertThatThrownBy(() -> b.allocationTolerance(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.rule("unknown-key", null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("error, warning, info, off");
    assertThatThrownBy(() -> b.rule(null, "off")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a rule");
    assertThat(b.asOf(" ").build().asOf()).isNull();
    assertThat(b.rule(" unknown-key ", "Warning").build().severities()).isEqualTo(Map.of(Rule.UNKNOWN_KEY, Severity.WARNING));
  }

  @Test
  void missingPlanDirectoryIsAnIoError() {
    assertThatThrownBy(() -> SocialStrategy.check(Settings.builder(project.resolve("nope")).build()))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("nope");
  }
}
