package io.github.socialstrategy.core.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.model.Rule;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Evaluating a parsed formula over metric values: ordinary arithmetic, NaN (never an exception, never infinity)
 * when a division is by zero or an input has no value; and, in a plan, a formula that is not arithmetic is an
 * error and is never evaluated.
 */
class FormulaEvaluatorTest {

  private static final Offset<Double> EXACT = within(1e-12);

  private static double eval(String formula, Object... idsAndValues) throws Exception {
    Map<String, Double> values = new HashMap<>();
    for (int i = 0; i < idsAndValues.length; i += 2) {
      values.put((String) idsAndValues[i], ((Number) idsAndValues[i + 1]).doubleValue());
    }
    return FormulaEvaluator.evaluate(Formula.parse(formula), values);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "engagements / impressions * 100 | 2.5",
      "engagements + impressions * 2   | 8100",
      "(engagements + impressions) * 2 | 8200",
      "impressions - engagements - 50  | 3850",
      "impressions / engagements / 4   | 10",
      "-engagements + 100              | 0",
      "2 * -(impressions - 4000)       | 0",
      "0.5 * engagements               | 50",
      ".25 * impressions               | 1000",
      "engagements * engagements       | 10000",
      "42                              | 42",
  })
  void arithmeticWithTheUsualPrecedence(String formula, double expected) throws Exception {
    assertThat(eval(formula, "engagements", 100, "impressions", 4000)).isCloseTo(expected, EXACT);
  }

  @Test
  void divisionByZeroIsNaNNotInfinity() throws Exception {
    assertThat(eval("engagements / impressions * 100", "engagements", 100, "impressions", 0)).isNaN();
    assertThat(eval("0 / impressions", "impressions", 0)).isNaN();
    assertThat(eval("a / (b - b)", "a", 1, "b", 7)).isNaN();
    assertThat(eval("1 / 0 + 5")).isNaN();
    // a zero numerator is fine
    assertThat(eval("0 / impressions", "impressions", 4)).isZero();
  }

  @Test
  void missingInputIsNaN() throws Exception {
    assertThat(eval("engagements / impressions", "engagements", 100)).isNaN();
    assertThat(eval("engagements + 1")).isNaN();
    assertThat(eval("engagements * 0", "engagements", Double.NaN)).isNaN();
  }

  /** A plan with a derived metric whose formula is {@code formula}, and results for its inputs. */
  private static CheckResult plan(Path dir, String formula) {
    return PlanFixture.clean(dir).write("derived.yaml", """
        metrics:
          - id: derived
            title: Derived
            unit: ratio
            formula: "%s"
        """.formatted(formula.replace("\\", "\\\\").replace("\"", "\\\""))).check();
  }

  @Test
  void derivedSeriesSkipsDaysItCannotComputeAndTheActualUsesTheTotals(@TempDir Path dir) {
    // clean plan: engagements 600 on 2026-01-31 (impressions 12,000 that day); impressions also on 02-28 and 04-15
    CheckResult r = plan(dir, "engagements / impressions * 100");
    MetricSeries s = r.figures().series().get("derived");
    assertThat(s.dates()).containsExactly(java.time.LocalDate.of(2026, 1, 31));
    assertThat(s.totals()[0]).isCloseTo(5, EXACT);
    // the value at asOf: 600 / (12,000 + 15,000 + 3,000) * 100
    assertThat(r.figures().values().value(r.plan().metrics().get("derived"), r.plan().period().start(), r.plan().asOf()))
        .isCloseTo(2, EXACT);
  }

  @Test
  void derivedValueDividedByZeroIsNoValue(@TempDir Path dir) {
    CheckResult r = plan(dir, "engagements / (impressions - impressions)");
    assertThat(r.figures().series()).doesNotContainKey("derived");
    assertThat(r.figures().values().value(r.plan().metrics().get("derived"), r.plan().period().start(), r.plan().asOf()))
        .isNaN();
    assertThat(r.diagnostics()).isEmpty();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {
      "Runtime.getRuntime().exec(\"touch /tmp/pwned\")",
      "java.lang.System.exit(1)",
      "${engagements}",
      "#{engagements}",
      "T(java.lang.Runtime)",
      "max(engagements, impressions)",
      "engagements ^ 2",
      "engagements; impressions",
      "engagements == impressions",
      "engagements % impressions",
      "engagements ? 1 : 0",
      "'engagements'",
      "engagements impressions",
      "engagements ** 2",
  })
  void anythingButArithmeticIsAFormulaErrorAndIsNeverEvaluated(String formula, @TempDir Path dir) {
    CheckResult r = plan(dir, formula);

    assertThat(PlanFixture.only(r, Rule.FORMULA_ERROR).location().line()).isEqualTo(5);
    assertThat(r.figures().series()).doesNotContainKey("derived");
    assertThat(r.figures().values().value(r.plan().metrics().get("derived"), r.plan().period().start(), r.plan().asOf()))
        .isNaN();
  }
}
