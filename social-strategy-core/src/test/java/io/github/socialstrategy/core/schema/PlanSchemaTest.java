package io.github.socialstrategy.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.PlanFormat;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Severity;
import io.github.socialstrategy.core.model.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated schema against the loader: the same keys in every mapping (asked of the loader itself, through
 * its unknown-key message), real plans valid under both, and broken files refused by both for the same reason.
 */
class PlanSchemaTest {

  private static final JsonNode SCHEMA = new JsonMapper().readTree(PlanSchema.json());

  /** Where each mapping of the format sits in a file, with {@code PROBE} as an extra key inside it. */
  private static final Map<String, String> PROBES = new LinkedHashMap<>();

  static {
    PROBES.put("document", "PROBE: 1\n");
    PROBES.put("plan", "plan: { PROBE: 1 }\n");
    PROBES.put("period", "plan: { period: { PROBE: 1 } }\n");
    PROBES.put("framework", "framework: { PROBE: 1 }\n");
    PROBES.put("pillar", "framework: { pillars: [ { PROBE: 1 } ] }\n");
    PROBES.put("metric", "metrics: [ { PROBE: 1 } ]\n");
    PROBES.put("channel", "channels: [ { PROBE: 1 } ]\n");
    PROBES.put("objective", "objectives: [ { PROBE: 1 } ]\n");
    PROBES.put("kpi", "objectives: [ { kpis: [ { PROBE: 1 } ] } ]\n");
    PROBES.put("strategy", "strategies: [ { PROBE: 1 } ]\n");
    PROBES.put("activity", "activities: [ { PROBE: 1 } ]\n");
    PROBES.put("schedule", "activities: [ { schedule: { PROBE: 1 } } ]\n");
    PROBES.put("task", "activities: [ { tasks: [ { PROBE: 1 } ] } ]\n");
    PROBES.put("campaign", "campaigns: [ { PROBE: 1 } ]\n");
    PROBES.put("result", "results: [ { PROBE: 1 } ]\n");
    PROBES.put("import", "imports: [ { PROBE: 1 } ]\n");
    PROBES.put("export-period", "imports: [ { period: { PROBE: 1 } } ]\n");
  }

  private static final Pattern KEYS_HERE = Pattern.compile("the keys here are (.+)$");

  @Test
  void everyMappingOfTheFormatIsProbed() {
    assertThat(PlanFormat.shapes().stream().map(PlanFormat.Shape::name)).containsExactlyInAnyOrderElementsOf(PROBES.keySet());
  }

  static Stream<String> shapes() {
    return PROBES.keySet().stream();
  }

  /** The keys the loader accepts in a mapping, as its own unknown-key message lists them, are the schema's. */
  @ParameterizedTest
  @MethodSource("shapes")
  void loaderAndSchemaAcceptTheSameKeys(String shape, @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("probe.yaml"), PROBES.get(shape).replace("PROBE", "zzz-probe"));
    CheckResult result = PlanFixture.empty(dir).check();
    List<Diagnostic> unknown =
        result.diagnostics().stream().filter(d -> d.rule() == Rule.UNKNOWN_KEY && d.message().contains("'zzz-probe'")).toList();
    assertThat(unknown).as("the loader refuses the probe key in a %s", shape).hasSize(1);
    Matcher m = KEYS_HERE.matcher(unknown.get(0).message());
    assertThat(m.find()).as(unknown.get(0).message()).isTrue();
    List<String> loaderKeys = Arrays.asList(m.group(1).split(", "));

    JsonNode object = shape.equals("document") ? SCHEMA : SCHEMA.get("$defs").get(shape);
    assertThat(object).as("the schema defines %s", shape).isNotNull();
    List<String> schemaKeys = new ArrayList<>(object.get("properties").propertyNames());
    assertThat(schemaKeys).as("keys of %s: schema against loader", shape).containsExactlyElementsOf(loaderKeys);
    assertThat(object.get("additionalProperties").asBoolean(true)).as("%s refuses unknown keys", shape).isFalse();

    // And the schema refuses the probe where the loader does.
    List<SchemaValidation.Problem> problems = SchemaValidation.validate("probe.yaml", PROBES.get(shape).replace("PROBE", "zzz-probe"));
    assertThat(problems).anyMatch(p -> p.keyword().equals("additionalProperties") && p.message().contains("zzz-probe"));
  }

  @Test
  void requiredKeysAreTheOnesTheLoaderMisses(@TempDir Path dir) throws IOException {
    // An empty mapping in every place: the loader names each missing key; the schema's required lists agree.
    Files.writeString(
        dir.resolve("empty.yaml"),
        "plan: { period: {} }\nframework: { pillars: [ {} ] }\nmetrics: [ {} ]\nchannels: [ {} ]\n"
            + "objectives: [ { kpis: [ {} ] } ]\nstrategies: [ {} ]\nactivities: [ { schedule: {}, tasks: [ {} ] } ]\n"
            + "campaigns: [ { period: {} } ]\nresults: [ {} ]\nimports: [ {} ]\n");
    CheckResult result = PlanFixture.empty(dir).check();
    List<String> loaderMissing = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      if (d.rule() == Rule.MISSING_FIELD) {
        Matcher m = Pattern.compile("has no '([A-Za-z]+)'").matcher(d.message());
        assertThat(m.find()).as(d.message()).isTrue();
        loaderMissing.add(m.group(1));
      }
    }
    List<String> schemaMissing = new ArrayList<>();
    for (SchemaValidation.Problem p : SchemaValidation.validate("empty.yaml", Files.readString(dir.resolve("empty.yaml")))) {
      if (p.keyword().equals("required")) {
        Matcher m = Pattern.compile("'([A-Za-z]+)'").matcher(p.message());
        assertThat(m.find()).as(p.message()).isTrue();
        schemaMissing.add(m.group(1));
      }
    }
    assertThat(loaderMissing).hasSize(39);
    assertThat(schemaMissing).containsExactlyInAnyOrderElementsOf(loaderMissing);
  }

  @Test
  void closedValuesAreEnumsAndIdsHaveTheirPattern() {
    JsonNode status = SCHEMA.get("$defs").get("activity").get("properties").get("status").get("enum");
    List<String> words = new ArrayList<>();
    status.forEach(n -> words.add(n.isNull() ? null : n.asString()));
    assertThat(words).containsExactly("planned", "active", "paused", "done", "dropped", null);
    assertThat(Arrays.stream(Status.values()).map(Status::keyword)).hasSize(5);
    JsonNode format = SCHEMA.get("$defs").get("import").get("properties").get("format").get("enum");
    List<String> formats = new ArrayList<>();
    format.forEach(n -> formats.add(n.asString()));
    assertThat(formats).containsExactlyElementsOf(io.github.socialstrategy.core.load.imports.ExportFormats.ids());
    JsonNode id = SCHEMA.get("$defs").get("activity").get("properties").get("id");
    assertThat(id.get("pattern").asString()).isEqualTo("^[a-z0-9]+(-[a-z0-9]+)*$");
    assertThat(id.get("maxLength").asInt()).isEqualTo(64);
    JsonNode date = SCHEMA.get("$defs").get("period").get("properties").get("start");
    assertThat(date.get("format").asString()).isEqualTo("date");
    assertThat(SCHEMA.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA.get("title").asString()).isEqualTo("Social strategy plan file");
    assertThat(SCHEMA.get("description").asString()).contains("references between entities and the plan's rules");
    JsonNode milestones = SCHEMA.get("$defs").get("kpi").get("properties").get("milestones");
    assertThat(milestones.get("propertyNames").get("pattern").asString()).isEqualTo(PlanFormat.DATE_PATTERN);
  }

  @Test
  void sameBytesEveryTime() {
    assertThat(PlanSchema.json()).isEqualTo(PlanSchema.json());
    assertThat(PlanSchema.bytes()).isEqualTo(PlanSchema.json().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSiteCarriesTheSchema() throws Exception {
    var out = new io.github.socialstrategy.core.render.MemorySiteOutput();
    io.github.socialstrategy.core.SocialStrategy.report(
        PlanFixture.empty(PlanFixture.CLEAN).check(), io.github.socialstrategy.core.render.theme.Theme.load(null), out);
    assertThat(out.text("schema/plan.schema.json")).isEqualTo(PlanSchema.json());
  }

  static Stream<Path> validPlans() {
    return Stream.of(PlanFixture.SAMPLE, PlanFixture.CLEAN, PlanFixture.resource("/schema/nara-shaped"));
  }

  /** Plans the loader reads without a format finding are valid under the schema too. */
  @ParameterizedTest
  @MethodSource("validPlans")
  void realPlansValidate(Path plan) {
    assertThat(SchemaValidation.yamlFiles(plan)).isGreaterThan(0);
    CheckResult result = PlanFixture.empty(plan).check();
    assertThat(result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)).isEmpty();
    assertThat(SchemaValidation.validateDirectory(plan)).isEmpty();
  }

  static Stream<Path> brokenFixtures() throws IOException {
    try (Stream<Path> files = Files.list(PlanFixture.resource("/schema/broken"))) {
      return files.sorted().toList().stream();
    }
  }

  private static final Pattern EXPECT =
      Pattern.compile("^# loader: ([a-z-]+) at (\\d+):(\\d+); schema: (\\w+) at \"([^\"]*)\"");

  /**
   * Each broken file: the loader reports the rule at the place its first line names, and the schema refuses it
   * with the matching keyword at that value, and nowhere else.
   */
  @ParameterizedTest
  @MethodSource("brokenFixtures")
  void brokenFilesFailForTheLoadersReason(Path fixture, @TempDir Path dir) throws IOException {
    String text = Files.readString(fixture, StandardCharsets.UTF_8);
    Matcher m = EXPECT.matcher(text);
    assertThat(m.find()).as("%s starts with its expectation", fixture).isTrue();
    String name = fixture.getFileName().toString();
    Files.writeString(dir.resolve(name), text);
    if (text.contains("exports/x-2026-q1.csv")) {
      // The export an import names must exist, or the loader reports that instead; this one has only its header.
      Files.createDirectories(dir.resolve("exports"));
      Files.writeString(dir.resolve("exports/x-2026-q1.csv"), "Tweet id,Tweet permalink,Tweet text,time,impressions\n");
    }
    CheckResult result = PlanFixture.empty(dir).check();
    String expected = name + ":" + m.group(2) + ":" + m.group(3) + " | error | " + m.group(1);
    List<String> format =
        result.diagnostics().stream()
            .filter(d -> EnumSetHolder.FORMAT.contains(d.rule()))
            .map(PlanFixture::brief)
            .toList();
    assertThat(format).as("the loader's format findings").containsExactly(expected);

    List<SchemaValidation.Problem> problems = SchemaValidation.validate(name, text);
    assertThat(problems).as("schema errors").isNotEmpty();
    assertThat(problems).as("schema errors").allMatch(p -> p.pointer().equals(m.group(5)), "are all at " + m.group(5));
    assertThat(problems).as("schema errors").anyMatch(p -> p.keyword().equals(m.group(4)));
  }

  /** The rules about the form of a file, which the schema stands in for. */
  private static final class EnumSetHolder {
    static final java.util.Set<Rule> FORMAT =
        java.util.EnumSet.of(Rule.YAML_SYNTAX, Rule.UNKNOWN_KEY, Rule.MISSING_FIELD, Rule.INVALID_VALUE, Rule.DUPLICATE_KEY);
  }
}
