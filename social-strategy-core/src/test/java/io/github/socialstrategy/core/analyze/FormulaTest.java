package io.github.socialstrategy.core.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.socialstrategy.core.analyze.Formula.Binary;
import io.github.socialstrategy.core.analyze.Formula.FormulaException;
import io.github.socialstrategy.core.analyze.Formula.MetricRef;
import io.github.socialstrategy.core.analyze.Formula.Negate;
import io.github.socialstrategy.core.analyze.Formula.Num;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The formula language: metric ids, numbers, + - * / and parentheses, and nothing else. */
class FormulaTest {

  @Test
  void ratioTimesHundred() throws Exception {
    Formula f = Formula.parse("engagements / impressions * 100");

    assertThat(f.root())
        .isEqualTo(new Binary('*', new Binary('/', new MetricRef("engagements", 0), new MetricRef("impressions", 14)), new Num(100)));
    assertThat(f.references()).extracting(MetricRef::id, MetricRef::offset)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("engagements", 0), org.assertj.core.groups.Tuple.tuple("impressions", 14));
    assertThat(f.metricIds()).containsExactly("engagements", "impressions");
    assertThat(f.text()).isEqualTo("engagements / impressions * 100");
  }

  @Test
  void multiplicationBindsTighterThanAdditionAndParenthesesOverrideIt() throws Exception {
    MetricRef a = new MetricRef("a", 0);
    assertThat(Formula.parse("a + b * 2").root())
        .isEqualTo(new Binary('+', a, new Binary('*', new MetricRef("b", 4), new Num(2))));
    assertThat(Formula.parse("(a + b) * 2").root())
        .isEqualTo(new Binary('*', new Binary('+', new MetricRef("a", 1), new MetricRef("b", 5)), new Num(2)));
    assertThat(Formula.parse("((revenue - cost)) / cost").root())
        .isEqualTo(new Binary('/', new Binary('-', new MetricRef("revenue", 2), new MetricRef("cost", 12)), new MetricRef("cost", 21)));
  }

  @Test
  void operatorsOfEqualPrecedenceGroupFromTheLeft() throws Exception {
    assertThat(Formula.parse("a - b - c").root())
        .isEqualTo(new Binary('-', new Binary('-', new MetricRef("a", 0), new MetricRef("b", 4)), new MetricRef("c", 8)));
    assertThat(Formula.parse("a / b / 2").root())
        .isEqualTo(new Binary('/', new Binary('/', new MetricRef("a", 0), new MetricRef("b", 4)), new Num(2)));
  }

  @Test
  void dashBetweenWordsIsPartOfAnIdAndSubtractionNeedsSpace() throws Exception {
    assertThat(Formula.parse("a-b").root()).isEqualTo(new MetricRef("a-b", 0));
    assertThat(Formula.parse("a - b").root()).isEqualTo(new Binary('-', new MetricRef("a", 0), new MetricRef("b", 4)));
    assertThat(Formula.parse("a -b").root()).isEqualTo(new Binary('-', new MetricRef("a", 0), new MetricRef("b", 3)));
    assertThat(Formula.parse("engagement-rate - 2").metricIds()).containsExactly("engagement-rate");
  }

  @Test
  void numbersAndSigns() throws Exception {
    assertThat(Formula.parse("0.5 * a").root()).isEqualTo(new Binary('*', new Num(0.5), new MetricRef("a", 6)));
    assertThat(Formula.parse(".25").root()).isEqualTo(new Num(0.25));
    assertThat(Formula.parse("-a").root()).isEqualTo(new Negate(new MetricRef("a", 1)));
    assertThat(Formula.parse("2 * -(a)").root()).isEqualTo(new Binary('*', new Num(2), new Negate(new MetricRef("a", 6))));
    assertThat(Formula.parse("\ta\n+\n1 ").root()).isEqualTo(new Binary('+', new MetricRef("a", 1), new Num(1)));
    assertThat(Formula.parse("42").metricIds()).isEmpty();
    // digits and dashes make an id too: 1e6 is the metric "1e6", not a million
    assertThat(Formula.parse("1e6").root()).isEqualTo(new MetricRef("1e6", 0));
  }

  @Test
  void repeatedIdIsOneMetricButEveryPlaceIsKept() throws Exception {
    Formula f = Formula.parse("a * a");
    assertThat(f.metricIds()).containsExactly("a");
    assertThat(f.references()).extracting(MetricRef::offset).containsExactly(0, 4);
  }

  @ParameterizedTest(name = "[{0}] is refused at {1}: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Runtime.exec()                       | 0  | unexpected 'R'",
      "runtime.exec()                       | 0  | 'runtime.exec' is neither a number nor a metric id",
      "java.lang.Runtime.getRuntime()       | 0  | neither a number nor a metric id",
      "a ; b                                | 2  | unexpected ';'",
      "${x}                                 | 0  | unexpected '$'",
      "#{x}                                 | 0  | unexpected '#'",
      "a(b)                                 | 1  | unexpected '('",
      "`a, b`                               | 1  | unexpected ','",
      "a b                                  | 2  | unexpected 'b'",
      "a ^ 2                                | 2  | unexpected '^'",
      "a % 2                                | 2  | unexpected '%'",
      "a == b                               | 2  | unexpected '='",
      "a_b                                  | 1  | unexpected '_'",
      "Impressions                          | 0  | unexpected 'I'",
      "1.5e3                                | 0  | neither a number nor a metric id",
      "1.2.3                                | 0  | neither a number nor a metric id",
      "(a + b                               | 0  | the '(' here is never closed",
      "((a + b) * c                         | 0  | the '(' here is never closed",
      "a + b)                               | 5  | unexpected ')'",
      "a +                                  | 3  | ends where a metric id, number or '(' is expected",
      "`  `                                 | 2  | ends where",
      "()                                   | 1  | unexpected ')'",
      "a ++ b                               | 3  | unexpected '+'",
  })
  void invalidFormulaIsRefused(String formula, int offset, String message) {
    assertThatThrownBy(() -> Formula.parse(formula))
        .isInstanceOfSatisfying(FormulaException.class, e -> {
          assertThat(e.getMessage()).contains(message);
          assertThat(e.offset()).isEqualTo(offset);
        });
  }

  @Test
  void emptyFormulaIsRefused() {
    assertThatThrownBy(() -> Formula.parse("")).isInstanceOf(FormulaException.class).hasMessageContaining("ends where");
  }

  @Test
  void parenthesesNestedUpToTheLimitAreFine() throws Exception {
    int depth = Formula.MAX_DEPTH;
    Formula f = Formula.parse("(".repeat(depth) + "a" + ")".repeat(depth));
    assertThat(f.root()).isEqualTo(new MetricRef("a", depth));
  }

  @Test
  void deeplyNestedParenthesesAreAnErrorNotAStackOverflow() {
    String formula = "(".repeat(1000) + "a" + ")".repeat(1000);
    // a hang guard, not a timing test: generous, so a busy 2-core CI machine never trips it
    assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
        assertThatThrownBy(() -> Formula.parse(formula))
            .isInstanceOfSatisfying(FormulaException.class, e -> {
              assertThat(e.getMessage()).contains("nested more than " + Formula.MAX_DEPTH);
              assertThat(e.offset()).isEqualTo(Formula.MAX_DEPTH);
            }));
  }

  @Test
  void longRunsOfSignsOrOperatorsAreNoStackOverflow() throws Exception {
    assertThatThrownBy(() -> Formula.parse("-".repeat(100_000) + "a"))
        .isInstanceOf(FormulaException.class)
        .hasMessageContaining("too many signs");
    // a long flat sum is parsed iteratively
    Formula sum = Formula.parse("a" + " + a".repeat(100_000));
    assertThat(sum.references()).hasSize(100_001);
  }
}
