package io.github.socialstrategy.maven;

import static io.github.socialstrategy.maven.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * {@code check} run on small fixture plans under {@code src/test/resources/unit}: what it logs and when it
 * fails the build.
 */
@MojoTest
class CheckMojoTest {

  private final RecordingLog log = new RecordingLog();

  private CheckMojo recording(CheckMojo mojo) {
    mojo.setLog(log);
    return mojo;
  }

  @Test
  @Basedir("/unit/valid")
  @InjectMojo(goal = "check", pom = "pom.xml")
  void aValidPlanPassesAndLogsItsSummary(CheckMojo mojo) {
    assertDoesNotThrow(recording(mojo)::execute);

    assertEquals(
        List.of(
            "info: Social strategy plan 'unit-valid': 0 errors, 0 warnings "
                + "(1 objective, 1 strategy, 1 activity, 0 results)",
            "info: CI reports written to " + mojo.checkOutputDirectory.getAbsolutePath()),
        log.lines());
    assertTrue(new java.io.File(mojo.checkOutputDirectory, "social-strategy.sarif").isFile());
  }

  @Test
  @Basedir("/unit/broken")
  @InjectMojo(goal = "check", pom = "pom.xml")
  void aBrokenPlanFailsTheBuildAfterLoggingEveryErrorAtItsPlace(CheckMojo mojo) {
    MojoFailureException e = assertThrows(MojoFailureException.class, recording(mojo)::execute);

    assertEquals(
        "The social strategy plan has 3 errors, 0 warnings; fix the errors listed above (or set failOnError to false)",
        e.getMessage());
    List<String> errors = log.at("error");
    assertEquals(4, errors.size(), "three findings and the summary: " + errors);
    assertAll(
        () -> assertFinding(errors.get(0), "src/strategy/activities.yaml:6:9", "error", "untraced-activity", "'trail-video'"),
        () -> assertFinding(errors.get(1), "src/strategy/activities.yaml:8:18", "error", "unresolved-reference",
            "'regular-post'", "did you mean 'regular-posts'?"),
        () -> assertFinding(errors.get(2), "src/strategy/activities.yaml:9:5", "error", "unknown-key",
            "'chanels'", "did you mean 'channels'?"),
        () -> assertEquals(
            "Social strategy plan 'unit-broken': 3 errors, 0 warnings (1 objective, 1 strategy, 2 activities, 0 results)",
            errors.get(3)));
  }

  @Test
  @Basedir("/unit/broken")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "failOnError", value = "false")
  void withFailOnErrorFalseABrokenPlanIsLoggedButPasses(CheckMojo mojo) {
    assertDoesNotThrow(recording(mojo)::execute);

    assertEquals(4, log.at("error").size(), log.lines().toString());
  }

  @Test
  @Basedir("/unit/broken")
  @InjectMojo(goal = "check", pom = "pom.xml")
  void rulesSetToAnotherSeverityChangeWhatIsLoggedAndWhatFails(CheckMojo mojo) {
    mojo.rules = Map.of("untraced-activity", "warning", "unresolved-reference", "off");

    MojoFailureException e = assertThrows(MojoFailureException.class, recording(mojo)::execute);

    assertTrue(e.getMessage().startsWith("The social strategy plan has 1 error, 1 warning;"), e.getMessage());
    assertAll(
        () -> assertFinding(log.at("warn").get(0), "src/strategy/activities.yaml:6:9", "warning", "untraced-activity"),
        () -> assertTrue(log.lines().stream().noneMatch(l -> l.contains("[unresolved-reference]")), log.lines().toString()),
        () -> assertFinding(log.at("error").get(0), "src/strategy/activities.yaml:9:5", "error", "unknown-key"));
  }

  @Test
  @Basedir("/unit/warning")
  @InjectMojo(goal = "check", pom = "pom.xml")
  void warningsAreLoggedButDoNotFailByDefault(CheckMojo mojo) {
    assertDoesNotThrow(recording(mojo)::execute);

    assertEquals(2, log.at("warn").size(), log.lines().toString());
    assertFinding(log.at("warn").get(0), "src/strategy/plan.yaml:10:9", "warning", "objective-without-kpi", "'grow-reach'");
    assertTrue(log.at("warn").get(1).startsWith("Social strategy plan 'unit-warning': 0 errors, 1 warning "), log.lines().toString());
  }

  @Test
  @Basedir("/unit/warning")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "failOnWarning", value = "true")
  void withFailOnWarningAWarningFailsTheBuild(CheckMojo mojo) {
    MojoFailureException e = assertThrows(MojoFailureException.class, recording(mojo)::execute);

    assertEquals(
        "The social strategy plan has 0 errors, 1 warning and failOnWarning is set; fix the warnings listed above",
        e.getMessage());
  }

  @Test
  @Basedir("/unit/warning")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "failOnWarning", value = "true")
  void aRuleTurnedOffReportsNothing(CheckMojo mojo) {
    mojo.rules = Map.of("objective-without-kpi", "OFF");

    assertDoesNotThrow(recording(mojo)::execute);

    assertEquals(
        List.of("info: Social strategy plan 'unit-warning': 0 errors, 0 warnings (1 objective, 1 strategy, 1 activity, 0 results)",
            "info: CI reports written to " + mojo.checkOutputDirectory.getAbsolutePath()),
        log.lines());
  }

  @Test
  @Basedir("/unit/defaults")
  @InjectMojo(goal = "check", pom = "pom.xml")
  void aMissingPlanDirectoryFailsTheBuildNamingItsAbsolutePath(CheckMojo mojo) {
    MojoFailureException e = assertThrows(MojoFailureException.class, recording(mojo)::execute);

    String expected = fixture("defaults").resolve("src/strategy").toAbsolutePath().toString();
    assertAll(
        () -> assertTrue(e.getMessage().contains("There is no plan directory at " + expected + "."), e.getMessage()),
        () -> assertTrue(e.getMessage().contains("<planDirectory>"), "says how to point elsewhere: " + e.getMessage()),
        () -> assertEquals(List.of(), log.lines()));
  }

  @Test
  @Basedir("/unit/defaults")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "planDirectory", value = "${project.basedir}/pom.xml")
  void aPlanDirectoryThatIsAFileFailsTheBuildSayingSo(CheckMojo mojo) {
    MojoFailureException e = assertThrows(MojoFailureException.class, recording(mojo)::execute);

    String path = fixture("defaults").resolve("pom.xml").toAbsolutePath().toString();
    assertTrue(e.getMessage().contains(path), e.getMessage());
    assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
  }

  @Test
  @Basedir("/unit/broken")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "skip", value = "true")
  @MojoParameter(name = "asOf", value = "not-a-date")
  void skipDoesNothingAtAllNotEvenCheckTheConfiguration(CheckMojo mojo) {
    assertDoesNotThrow(recording(mojo)::execute);

    assertEquals(List.of("info: Skipping the social strategy plan (socialStrategy.skip is true)"), log.lines());
  }

  /** A log line {@code place: severity: message [rule]} whose message contains each of the snippets. */
  private static void assertFinding(String line, String place, String severity, String rule, String... snippets) {
    String prefix = place + ": " + severity + ": ";
    String suffix = " [" + rule + "]";
    if (!line.startsWith(prefix) || !line.endsWith(suffix)) {
      fail("expected '" + prefix + "... " + suffix + "' but was: " + line);
    }
    for (String snippet : snippets) {
      assertTrue(line.contains(snippet), "expected '" + snippet + "' in: " + line);
    }
  }
}
