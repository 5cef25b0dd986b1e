package io.github.socialstrategy.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.model.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same plan gives the same findings, in plan order, however often and wherever it is checked. */
class DeterminismTest {

  private static final List<String> OVERLAYS =
      List.of("unknown-key", "invalid-value", "duplicate-id", "unresolved-reference", "outside-period", "formula-error");

  private static PlanFixture messyPlan(Path dir) {
    PlanFixture fixture = PlanFixture.clean(dir);
    for (String rule : OVERLAYS) {
      fixture.overlay(PlanFixture.resource("/rules").resolve(rule));
    }
    return fixture;
  }

  @Test
  void checkingTwiceGivesEqualFindings(@TempDir Path dir) {
    PlanFixture fixture = messyPlan(dir);

    CheckResult first = fixture.check();
    CheckResult second = fixture.check();

    assertThat(first.diagnostics()).hasSizeGreaterThan(15);
    assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
    assertThat(second.summary()).isEqualTo(first.summary());
  }

  @Test
  void findingsAreSortedByFileLineAndColumn(@TempDir Path dir) {
    List<Diagnostic> diagnostics = messyPlan(dir).check().diagnostics();

    assertThat(diagnostics.stream().map(d -> d.location().file().planPath()).distinct()).hasSizeGreaterThan(5);
    assertThat(diagnostics)
        .isSortedAccordingTo(
            Comparator.comparing((Diagnostic d) -> d.location().file().planPath())
                .thenComparingInt(d -> d.location().line())
                .thenComparingInt(d -> d.location().column()));
  }

  @Test
  void anotherCopyWrittenInAnotherOrderGivesTheSameFindings(@TempDir Path one, @TempDir Path two) {
    List<String> first = formatted(messyPlan(one).check());

    // the same files, created in reverse order
    PlanFixture reversed = PlanFixture.empty(two);
    List<String> backwards = new ArrayList<>(OVERLAYS);
    Collections.reverse(backwards);
    for (String rule : backwards) {
      reversed.overlay(PlanFixture.resource("/rules").resolve(rule));
    }
    reversed.overlay(PlanFixture.CLEAN);
    for (String rule : OVERLAYS) {
      reversed.overlay(PlanFixture.resource("/rules").resolve(rule));
    }

    assertThat(formatted(reversed.check())).isEqualTo(first);
  }

  private static List<String> formatted(CheckResult result) {
    return result.diagnostics().stream().map(d -> d.format() + " " + d.related()).toList();
  }
}
