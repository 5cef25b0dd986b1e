package io.github.socialstrategy.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One fixture per rule (see {@code src/test/resources/rules/README.md}): the clean plan with a small
 * overlay that breaks the rule. Each must give exactly the findings its {@code expected.txt} lists, at
 * their file, line and column, with their severity and the words of their message. A new rule without a
 * fixture fails here.
 */
class RuleFixturesTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(Rule.class)
  void fixtureGivesExactlyTheExpectedFindings(Rule rule, @TempDir Path dir) throws IOException {
    Path overlay = PlanFixture.resource("/rules").resolve(rule.id());
    assertThat(overlay).as("a fixture directory for rule %s", rule.id()).isDirectory();
    List<Expected> expected = Expected.read(overlay.resolve("expected.txt"));

    CheckResult result = PlanFixture.clean(dir).overlay(overlay).check();

    assertThat(expected)
        .as("the fixture of %s expects that rule at its default severity", rule.id())
        .anySatisfy(e -> {
          assertThat(e.rule()).isEqualTo(rule.id());
          assertThat(e.severity()).isEqualTo(rule.defaultSeverity().label());
        });
    assertThat(PlanFixture.briefs(result))
        .as("every finding of the fixture, in plan order")
        .containsExactlyElementsOf(expected.stream().map(Expected::brief).toList());
    for (int i = 0; i < expected.size(); i++) {
      Diagnostic d = result.diagnostics().get(i);
      for (String words : expected.get(i).words()) {
        assertThat(d.fullMessage()).as("message of %s", d).contains(words);
      }
    }
  }

  /** One line of an {@code expected.txt}: {@code file:line:column | severity | rule | words | ...}. */
  record Expected(String location, String severity, String rule, List<String> words) {

    String brief() {
      return location + " | " + severity + " | " + rule;
    }

    static List<Expected> read(Path file) throws IOException {
      List<Expected> list = new ArrayList<>();
      for (String line : Files.readAllLines(file, UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> fields = Arrays.stream(line.split(" \\| ")).map(String::trim).toList();
        assertThat(fields).as("fields of '%s' in %s", line, file).hasSizeGreaterThanOrEqualTo(3);
        list.add(new Expected(fields.get(0), fields.get(1), fields.get(2), fields.subList(3, fields.size())));
      }
      return list;
    }
  }
}
