package io.github.socialstrategy.core.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import io.github.socialstrategy.core.render.theme.Theme;
import io.github.socialstrategy.core.schema.PlanSchema;
import io.github.socialstrategy.core.schema.SchemaValidation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The starter plan: written safely, valid under the schema, clean under every rule, rendered, and teaching. */
class StarterPlanTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 14);

  private static StarterSettings defaults() {
    return StarterSettings.of(null, null, null, null, TODAY);
  }

  private static CheckResult check(Path project) throws IOException {
    return SocialStrategy.check(Settings.builder(project.resolve("src/strategy")).baseDirectory(project).build());
  }

  @Test
  void anEmptyDirectoryGetsAProjectWhosePlanIsClean(@TempDir Path dir) throws Exception {
    StarterPlan.Outcome outcome = StarterPlan.write(dir, defaults(), "1.2.3");
    assertThat(outcome.isRefused()).isFalse();
    assertThat(outcome.pomWritten()).isTrue();
    assertThat(outcome.written())
        .startsWith("pom.xml", "src/strategy/plan.yaml")
        .contains("src/strategy/results/results.csv", "src/strategy/exports/newsletter-signups.csv", "src/strategy/pages/about.md")
        .endsWith("src/strategy/plan.schema.json");
    for (String f : outcome.written()) {
      assertThat(dir.resolve(f)).isRegularFile();
    }

    CheckResult result = check(dir);
    assertThat(result.diagnostics()).as("findings").extracting(Diagnostic::format).isEmpty();
    assertThat(result.plan().info().id()).isEqualTo("my-organisation-social-2027");
    assertThat(result.plan().info().organisation()).isEqualTo("My organisation");
    assertThat(result.plan().info().currency()).isEqualTo("EUR");
    assertThat(result.plan().period().start()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(result.plan().objectives().list()).hasSize(4);
    assertThat(result.plan().objectives().list()).allMatch(o -> !o.kpis().isEmpty() && o.kpis().get(0).target() != null);
    assertThat(result.plan().campaigns().list()).hasSize(1);
    assertThat(result.plan().pages().list()).hasSize(1);
    assertThat(result.plan().results()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(result.plan().framework().pillars()).extracting(p -> p.id())
        .containsExactly("marketing", "service", "sales", "intelligence");

    assertThat(SchemaValidation.validateDirectory(dir.resolve("src/strategy"))).isEmpty();
    assertThat(Files.readString(dir.resolve("src/strategy/plan.schema.json"))).isEqualTo(PlanSchema.json());

    MemorySiteOutput site = new MemorySiteOutput();
    SocialStrategy.report(result, Theme.load(null), site);
    assertThat(site.text("index.html")).contains("My organisation social media strategy 2027");
    assertThat(site.files()).containsKeys("objectives/grow-awareness.html", "campaigns/launch-push.html", "pages/about.html");

    String pom = Files.readString(dir.resolve("pom.xml"));
    assertThat(pom).contains("<artifactId>my-organisation-social-2027</artifactId>", "<version>1.2.3</version>",
        "<goal>check</goal>", "<goal>report</goal>", "<packaging>pom</packaging>");
  }

  /** Each section of each file has one comment line before it: what it is for and where its reference is. */
  @Test
  void everySectionSaysWhatItIsForAndWhereItsReferenceIs() {
    Map<String, byte[]> files = StarterPlan.files(defaults(), false, "1.0");
    int sections = 0;
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (!f.getKey().endsWith(".yaml")) {
        continue;
      }
      List<String> lines = new String(f.getValue(), StandardCharsets.UTF_8).lines().toList();
      assertThat(lines.get(0)).as(f.getKey()).isEqualTo("# yaml-language-server: $schema=plan.schema.json");
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).matches("[a-z]+:.*")) {
          String section = lines.get(i).substring(0, lines.get(i).indexOf(':'));
          sections++;
          assertThat(lines.get(i - 1)).as("the line before %s in %s", section, f.getKey())
              .startsWith("# " + section + ": ")
              .contains("\"" + section + "\" in the plugin's format reference");
        }
      }
    }
    assertThat(sections).isEqualTo(10);
  }

  @Test
  void aProjectWithAPomGetsOnlyThePlan(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("pom.xml"), "<project/>");
    StarterPlan.Outcome outcome = StarterPlan.write(dir, defaults(), "1.0");
    assertThat(outcome.pomWritten()).isFalse();
    assertThat(outcome.written()).allMatch(f -> f.startsWith("src/strategy/"));
    assertThat(Files.readString(dir.resolve("pom.xml"))).isEqualTo("<project/>");
  }

  @Test
  void anExistingPlanIsNeverTouched(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("src/strategy/notes"));
    Files.writeString(dir.resolve("src/strategy/plan.yaml"), "plan: mine\n");
    Files.writeString(dir.resolve("src/strategy/notes/ideas.txt"), "keep me\n");
    StarterPlan.Outcome outcome = StarterPlan.write(dir, defaults(), "1.0");
    assertThat(outcome.isRefused()).isTrue();
    assertThat(outcome.refused()).containsExactly("src/strategy/notes/ideas.txt", "src/strategy/plan.yaml");
    assertThat(outcome.written()).isEmpty();
    assertThat(dir.resolve("pom.xml")).doesNotExist();
    assertThat(Files.readString(dir.resolve("src/strategy/plan.yaml"))).isEqualTo("plan: mine\n");
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.filter(Files::isRegularFile).count()).isEqualTo(2);
    }
  }

  @Test
  void anEmptyPlanDirectoryIsFilled(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("src/strategy"));
    assertThat(StarterPlan.write(dir, defaults(), "1.0").isRefused()).isFalse();
  }

  @Test
  void aFileOnTheWayStopsEverything(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/strategy"), "a file where the plan directory goes");
    StarterPlan.Outcome outcome = StarterPlan.write(dir, defaults(), "1.0");
    assertThat(outcome.refused()).contains("src/strategy");
    assertThat(dir.resolve("pom.xml")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-10-01/2027-09-30", "2028", "2027-03-01/2027-04-30"})
  void anyPeriodGivesACleanPlan(String period, @TempDir Path dir) throws IOException {
    StarterSettings s = StarterSettings.of("Harbour Café: \"Fish & Chips\" #1", null, period, "GBP", TODAY);
    StarterPlan.write(dir, s, "1.0");
    CheckResult result = check(dir);
    assertThat(result.diagnostics()).extracting(Diagnostic::format).isEmpty();
    assertThat(result.plan().info().organisation()).isEqualTo("Harbour Café: \"Fish & Chips\" #1");
    assertThat(result.plan().info().id()).isEqualTo("harbour-cafe-fish-chips-1-social-" + s.period().start().getYear());
    assertThat(SchemaValidation.validateDirectory(dir.resolve("src/strategy"))).isEmpty();
    assertThat(Files.readString(dir.resolve("pom.xml"))).contains("<name>Harbour Café: \"Fish &amp; Chips\" #1 social media strategy");
  }

  @Test
  void settingsAreChecked() {
    StarterSettings s = StarterSettings.of(" ACME Outdoor ", "acme-2027", "2027", "usd".toUpperCase(), TODAY);
    assertThat(s.organisation()).isEqualTo("ACME Outdoor");
    assertThat(s.planId()).isEqualTo("acme-2027");
    assertThatThrownBy(() -> StarterSettings.of(null, "ACME 2027", null, null, TODAY))
        .hasMessageContaining("the plan id 'ACME 2027' is not valid");
    assertThatThrownBy(() -> StarterSettings.of(null, null, null, "euro", TODAY))
        .hasMessageContaining("the currency 'euro' is not an ISO 4217 code");
    assertThatThrownBy(() -> StarterSettings.of(null, null, "next year", null, TODAY))
        .hasMessageContaining("write the period as a year (2027) or as two dates");
    assertThatThrownBy(() -> StarterSettings.of(null, null, "2027-01-01/2027-01-10", null, TODAY))
        .hasMessageContaining("at least 28 days later");
    assertThatThrownBy(() -> StarterSettings.of("two\nlines", null, null, null, TODAY)).hasMessageContaining("one line");
  }

  @Test
  void sameSettingsSameBytes() {
    Map<String, byte[]> a = StarterPlan.files(defaults(), true, "1.0");
    Map<String, byte[]> b = StarterPlan.files(defaults(), true, "1.0");
    assertThat(a.keySet()).containsExactlyElementsOf(b.keySet());
    a.forEach((k, v) -> assertThat(v).as(k).isEqualTo(b.get(k)));
  }
}
