package io.github.socialstrategy.maven;

import static io.github.socialstrategy.maven.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * POM configuration → engine {@link Settings}: each parameter as Maven injects it from a fixture POM under
 * {@code src/test/resources/unit}, then {@code settings()}, the one method that turns parameters into settings.
 */
@MojoTest
class CheckMojoSettingsTest {

  @Test
  @Basedir("/unit/defaults")
  @InjectMojo(goal = "check", pom = "pom.xml")
  void withoutConfigurationEverySettingHasItsDefault(CheckMojo mojo) throws Exception {
    Settings settings = mojo.settings();

    Path base = fixture("defaults");
    assertAll(
        () -> assertEquals(base.resolve("src/strategy"), settings.planDirectory()),
        () -> assertEquals(base, settings.baseDirectory()),
        () -> assertNull(settings.asOf(), "asOf comes from the plan unless configured"),
        () -> assertEquals(Map.of(), settings.severities()),
        () -> assertEquals(10.0, settings.allocationTolerance()),
        () -> assertTrue(mojo.failOnError),
        () -> assertFalse(mojo.failOnWarning),
        () -> assertFalse(mojo.skip));
  }

  @Test
  @Basedir("/unit/settings")
  @InjectMojo(goal = "check", pom = "pom.xml")
  void pomParametersBecomeEngineSettings(CheckMojo mojo) throws Exception {
    Settings settings = mojo.settings();

    Path base = fixture("settings");
    assertAll(
        () -> assertEquals(base.resolve("plans/2026"), settings.planDirectory()),
        () -> assertEquals(base, settings.baseDirectory()),
        () -> assertEquals(LocalDate.of(2026, 6, 30), settings.asOf()),
        () -> assertEquals(
            Map.of(
                Rule.OBJECTIVE_WITHOUT_KPI, Severity.OFF,
                Rule.OUTSIDE_PERIOD, Severity.ERROR,
                Rule.UNBALANCED_ALLOCATION, Severity.INFO),
            settings.severities(),
            "rule names map to rules; severities are read in any letter case, with spaces trimmed"),
        () -> assertEquals(12.5, settings.allocationTolerance()));
  }

  @Test
  @Basedir("/unit/defaults")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "planDirectory", value = "${project.basedir}/elsewhere")
  @MojoParameter(name = "asOf", value = " 2026-03-31 ")
  @MojoParameter(name = "allocationTolerance", value = "0")
  void parametersSetOnTheCommandLineOrInThePomAreReadAlike(CheckMojo mojo) throws Exception {
    Settings settings = mojo.settings();

    assertAll(
        () -> assertEquals(fixture("defaults").resolve("elsewhere"), settings.planDirectory()),
        () -> assertEquals(LocalDate.of(2026, 3, 31), settings.asOf()),
        () -> assertEquals(0.0, settings.allocationTolerance()));
  }

  @Test
  @Basedir("/unit/defaults")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "asOf", value = "2026-02-30")
  void anAsOfThatIsNotADateFailsTheBuildSayingHowToWriteIt(CheckMojo mojo) {
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::settings);

    assertEquals(
        "Invalid plugin configuration: asOf '2026-02-30' is not a date written YYYY-MM-DD, such as 2026-06-30",
        e.getMessage());
  }

  @Test
  @Basedir("/unit/defaults")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "asOf", value = "30.06.2026")
  void anAsOfInAnotherDateStyleFails(CheckMojo mojo) {
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::settings);

    assertTrue(e.getMessage().contains("asOf '30.06.2026' is not a date written YYYY-MM-DD"), e.getMessage());
  }

  @Test
  @Basedir("/unit/bad-rules")
  @InjectMojo(goal = "check", pom = "pom.xml")
  void unknownRuleNamesAndSeveritiesFailTheBuildAllAtOnce(CheckMojo mojo) {
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::settings);

    String message = e.getMessage();
    assertAll(
        () -> assertTrue(message.startsWith("Invalid plugin configuration: "), message),
        () -> assertTrue(message.contains("'objective-without-kpis' is not a rule; the rules are "), message),
        () -> assertTrue(message.contains("objective-without-kpi, "), "names the valid rules: " + message),
        () -> assertTrue(message.contains("'fatal' is not a severity; use one of error, warning, info, off"), message));
  }

  @Test
  @Basedir("/unit/defaults")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "allocationTolerance", value = "150")
  void anAllocationToleranceAbove100PointsFails(CheckMojo mojo) {
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::settings);

    assertEquals(
        "Invalid plugin configuration: the allocation tolerance must be between 0 and 100 points, not 150.0",
        e.getMessage());
  }

  @Test
  @Basedir("/unit/defaults")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "asOf", value = "not-a-date")
  void invalidConfigurationFailsExecuteToo(CheckMojo mojo) {
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(e.getMessage().contains("asOf 'not-a-date'"), e.getMessage());
  }
}
