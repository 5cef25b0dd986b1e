package io.github.socialstrategy.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.model.Diagnostic;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formulas that refer to themselves, directly or through other derived metrics. */
class FormulaCheckTest {

  @Test
  void selfReferenceIsACycle() {
    assertThat(FormulaCheck.cycles(Map.of("a", List.of("a")))).containsExactly(List.of("a"));
  }

  @Test
  void threeCycleIsOneCycleInTraversalOrder() {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    edges.put("a", List.of("b", "x"));
    edges.put("b", List.of("c"));
    edges.put("c", List.of("a"));
    edges.put("d", List.of("a"));

    assertThat(FormulaCheck.cycles(edges)).containsExactly(List.of("a", "b", "c"));
  }

  @Test
  void sharedInputsAreNoCycle() {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    edges.put("rate", List.of("engagements", "impressions"));
    edges.put("double-rate", List.of("rate", "rate"));
    edges.put("diamond", List.of("rate", "double-rate"));

    assertThat(FormulaCheck.cycles(edges)).isEmpty();
  }

  @Test
  void longChainIsNoStackOverflow() {
    Map<String, List<String>> edges = new HashMap<>();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      edges.put("m" + i, List.of("m" + (i + 1)));
    }
    assertThat(FormulaCheck.cycles(edges)).isEmpty();
    edges.put("m" + n, List.of("m0"));
    assertThat(FormulaCheck.cycles(edges)).singleElement().satisfies(c -> assertThat(c).hasSize(n + 1));
  }

  @Test
  void everyMetricOfACycleIsReportedAtItsFormula(@TempDir Path dir) {
    CheckResult result = PlanFixture.clean(dir).write("derived.yaml", """
        metrics:
          - id: reach
            title: Reach
            unit: count
            formula: share * 2
          - id: share
            title: Share
            unit: percent
            formula: impressions / (visits + 1)
          - id: visits
            title: Visits
            unit: count
            formula: reach - 1
          - id: fine
            title: Fine
            unit: ratio
            formula: engagement-rate / 100
        """).check();

    assertThat(PlanFixture.briefs(result))
        .containsExactly(
            "derived.yaml:5:14 | error | formula-error",
            "derived.yaml:9:14 | error | formula-error",
            "derived.yaml:13:14 | error | formula-error");
    assertThat(result.diagnostics()).extracting(Diagnostic::message)
        .containsExactly(
            "the formula of metric 'reach' refers to itself (reach -> share -> visits -> reach); compute one of these metrics from recorded results instead",
            "the formula of metric 'share' refers to itself (share -> visits -> reach -> share); compute one of these metrics from recorded results instead",
            "the formula of metric 'visits' refers to itself (visits -> reach -> share -> visits); compute one of these metrics from recorded results instead");
  }
}
