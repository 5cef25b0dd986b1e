package io.github.socialstrategy.core.render.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.compare.Changes;
import io.github.socialstrategy.core.compare.Comparer;
import io.github.socialstrategy.core.compare.Comparison;
import io.github.socialstrategy.core.compare.Gate;
import io.github.socialstrategy.core.compare.Snapshots;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Severity;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/** SARIF against the official schema, JUnit XML against its common shape, diagnostics.json as data. */
class CiReportsTest {

  @TempDir Path tmp;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(CiReportsTest.class.getResource(name).toURI());
  }

  private Path plan(String name, String overlay) throws Exception {
    Path dir = tmp.resolve(name).resolve("strategy");
    Files.createDirectories(dir);
    copy(resource("/compare/base"), dir);
    if (overlay != null) {
      copy(resource("/compare/" + overlay), dir);
    }
    return dir;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.list(from)) {
      for (Path f : (Iterable<Path>) s::iterator) {
        Files.copy(f, to.resolve(f.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static CheckResult check(Path plan) throws IOException {
    return SocialStrategy.check(Settings.builder(plan).baseDirectory(plan.getParent()).build());
  }

  /** The base plan changed by a case, compared with the base, as CI sees it with the given gate. */
  private CiInput input(String overlay, Gate gate, boolean withBaseline) throws Exception {
    CheckResult before = check(plan("before", null));
    CheckResult after = check(plan("after", overlay));
    Comparison c = withBaseline ? Comparison.of(Comparer.compare("origin/main (1234567)", Snapshots.of(before), Snapshots.of(after), false))
        : Comparison.NONE;
    return new CiInput(after, c, Map.of(), gate, new io.github.socialstrategy.core.compare.ReviewPaths(tmp.toRealPath(), null, null));
  }

  private static String text(CiReport r, CiInput in) {
    return new String(r.write(in), StandardCharsets.UTF_8);
  }

  private static Schema sarifSchema() throws IOException {
    try (InputStream in = CiReportsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  @Test
  void sarifIsValidAgainstTheOfficialSchema() throws Exception {
    CiInput in = input("untraced", new Gate(true, false, false), true);
    String sarif = text(new io.github.socialstrategy.core.render.json.SarifReport(), in);
    assertThat(sarifSchema().validate(sarif, InputFormat.JSON)).isEmpty();
    // And without a baseline.
    assertThat(sarifSchema().validate(text(new io.github.socialstrategy.core.render.json.SarifReport(), input(null, new Gate(true, false, false), false)), InputFormat.JSON)).isEmpty();

    Map<String, Object> log = new Yaml().load(sarif);
    Map<String, Object> run = first(log.get("runs"));
    Map<String, Object> driver = map(map(run.get("tool")).get("driver"));
    assertThat(list(driver.get("rules"))).hasSize(Rule.values().length);
    // The plugin's version, as the build filtered it in: the project's own version.
    String pom = Files.readString(Path.of("pom.xml"));
    String projectVersion = pom.replaceAll("(?s).*?<parent>.*?<version>([^<]+)</version>.*", "$1");
    assertThat(driver).containsEntry("name", "social-strategy-maven-plugin").containsEntry("version", projectVersion)
        .containsEntry("semanticVersion", projectVersion).doesNotContainKey("informationUri");
    assertThat(Tool.version()).isEqualTo(projectVersion).matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
    Map<String, Object> untraced = list(driver.get("rules")).stream().map(CiReportsTest::map)
        .filter(r -> r.get("id").equals("untraced-activity")).findFirst().orElseThrow();
    assertThat(map(untraced.get("help")).get("text")).isEqualTo("To fix: " + Rule.UNTRACED_ACTIVITY.fix() + ".");
    Map<String, Object> result = list(run.get("results")).stream().map(CiReportsTest::map)
        .filter(r -> r.get("ruleId").equals("untraced-activity")).findFirst().orElseThrow();
    assertThat(result.get("level")).isEqualTo("error");
    assertThat(result.get("baselineState")).isEqualTo("new");
    Map<String, Object> physical = map(first(result.get("locations")).get("physicalLocation"));
    // Relative to the repository root, not to the project.
    assertThat(map(physical.get("artifactLocation")).get("uri")).isEqualTo("after/strategy/activities.yaml");
    assertThat(map(physical.get("region")).get("startLine")).isEqualTo(26);
    assertThat(map(result.get("partialFingerprints"))).containsKey("socialStrategyFinding/v1");
  }

  @Test
  void fingerprintsKeepTheirIdentityWhenLinesMove() throws Exception {
    CiInput base = input(null, new Gate(true, false, false), false);
    CiInput moved = input("moved-lines", new Gate(true, false, false), false);
    assertThat(fingerprints(base)).isNotEmpty().isEqualTo(fingerprints(moved));
    assertThat(lines(base)).isNotEqualTo(lines(moved));
  }

  private static List<Object> fingerprints(CiInput in) {
    Map<String, Object> log = new Yaml().load(text(new io.github.socialstrategy.core.render.json.SarifReport(), in));
    return list(first(log.get("runs")).get("results")).stream().map(r -> map(map(r).get("partialFingerprints")).get("socialStrategyFinding/v1"))
        .sorted(java.util.Comparator.comparing(Object::toString)).toList();
  }

  private static List<Object> lines(CiInput in) {
    Map<String, Object> log = new Yaml().load(text(new io.github.socialstrategy.core.render.json.SarifReport(), in));
    return list(first(log.get("runs")).get("results")).stream()
        .map(r -> map(map(first(map(r).get("locations")).get("physicalLocation")).get("region")).get("startLine")).toList();
  }

  private static Document junit(CiInput in) throws Exception {
    byte[] xml = new JunitReport().write(in);
    SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    javax.xml.validation.Schema xsd = sf.newSchema(resource("/junit/junit-common.xsd").toFile());
    xsd.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static Element testcase(Document d, String rule) {
    NodeList cases = d.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").equals(rule)) {
        return e;
      }
    }
    throw new AssertionError("no test case " + rule);
  }

  @Test
  void junitHasOneCaseperRuleFailingOnErrors() throws Exception {
    Document d = junit(input("untraced", new Gate(true, false, false), false));
    Element suites = d.getDocumentElement();
    assertThat(suites.getAttribute("tests")).isEqualTo(String.valueOf(Rule.values().length));
    // untraced-activity, strategy-without-objective and missing-field (the new strategy has no serves)
    assertThat(suites.getAttribute("failures")).isEqualTo("3");
    assertThat(testcase(d, "untraced-activity").getElementsByTagName("failure").item(0).getTextContent())
        .contains("activities.yaml:26:9: error:").contains("[untraced-activity]").contains("To fix: ");
    // Warnings are in the case's output, not failures.
    Element kpi = testcase(d, "objective-without-kpi");
    assertThat(kpi.getElementsByTagName("failure").getLength()).isZero();
    assertThat(kpi.getElementsByTagName("system-out").item(0).getTextContent()).contains("warning:");
    assertThat(testcase(d, "yaml-syntax").getChildNodes().getLength()).isZero();
  }

  @Test
  void junitFailsWarningsOnlyWithFailOnWarningAndOldErrorsNotWithFailOnNewOnly() throws Exception {
    Document warn = junit(input(null, new Gate(true, true, false), false));
    assertThat(warn.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    assertThat(testcase(warn, "objective-without-kpi").getElementsByTagName("failure").getLength()).isOne();

    // With a baseline and failOnNewOnly, the base plan's warnings are old: nothing fails.
    Document newOnly = junit(input("budget", new Gate(true, true, true), true));
    assertThat(newOnly.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(testcase(newOnly, "objective-without-kpi").getElementsByTagName("system-out").item(0).getTextContent())
        .contains("(unchanged since the baseline)");
    assertThat(newOnly.getElementsByTagName("property").getLength()).isOne();
  }

  @Test
  void aRuleSetOffIsSkipped() throws Exception {
    CheckResult after = check(plan("after", null));
    CiInput in = new CiInput(after, Comparison.NONE, Map.of(Rule.IDLE_STRATEGY, Severity.OFF), new Gate(true, false, false), io.github.socialstrategy.core.compare.ReviewPaths.NONE);
    Document d = junit(in);
    assertThat(testcase(d, "idle-strategy").getElementsByTagName("skipped").getLength()).isOne();
    assertThat(d.getDocumentElement().getAttribute("skipped")).isEqualTo("1");
  }

  @Test
  void diagnosticsJsonHasEveryFindingAsData() throws Exception {
    CiInput in = input("untraced", new Gate(true, false, true), true);
    Map<String, Object> json = new Yaml().load(text(new io.github.socialstrategy.core.render.json.DiagnosticsReport(), in));
    assertThat(json.get("baseline")).isEqualTo("origin/main (1234567)");
    assertThat(json.get("newErrors")).isEqualTo(3);
    assertThat(json.get("failsBuild")).isEqualTo(true);
    Map<String, Object> untraced = list(json.get("findings")).stream().map(CiReportsTest::map)
        .filter(f -> f.get("rule").equals("untraced-activity")).findFirst().orElseThrow();
    // Relative to the repository root (here the temporary directory), as in SARIF.
    assertThat(untraced).containsEntry("severity", "error").containsEntry("file", "after/strategy/activities.yaml")
        .containsEntry("line", 26).containsEntry("column", 9).containsEntry("entityKind", "activity")
        .containsEntry("entityId", "saturday-stall").containsEntry("status", "new");
    assertThat(untraced).containsKey("hint").containsKey("message");
    assertThat(list(json.get("findings")).stream().map(CiReportsTest::map).filter(f -> "unchanged".equals(f.get("status")))).hasSize(2);
  }

  @Test
  void theSamePlanGivesTheSameBytes() throws Exception {
    CiInput a = input("untraced", new Gate(true, false, false), true);
    MemorySiteOutput one = new MemorySiteOutput();
    MemorySiteOutput two = new MemorySiteOutput();
    SocialStrategy.writeReviewFiles(a, CiReports.all(), one);
    SocialStrategy.writeReviewFiles(input("untraced", new Gate(true, false, false), true), CiReports.all(), two);
    assertThat(one.files().keySet()).containsExactly(
        "TEST-social-strategy.xml", "changes.json", "changes.md", "diagnostics.json", "social-strategy.sarif");
    for (String f : one.files().keySet()) {
      assertThat(two.files().get(f)).as(f).isEqualTo(one.files().get(f));
    }
  }

  @Test
  void formatsAreNamed() {
    assertThat(CiReports.named(List.of("junit", " SARIF ")).stream().map(CiReport::id).toList()).containsExactly("sarif", "junit");
    assertThatThrownBy(() -> CiReports.named(List.of("xml"))).hasMessage("'xml' is not a report format; the formats are sarif, junit, json");
  }

  @Test
  void changesMarkdownLeadsWithWhatMattersAndStaysUnderTheLimit() throws Exception {
    CiInput in = input("untraced", new Gate(true, false, false), true);
    String md = ChangesMarkdown.write(in.comparison().changes(), "harbour-cafe-2026");
    assertThat(md).startsWith("## Social strategy `harbour-cafe-2026`: what this change does\n\nCompared with `origin/main (1234567)`: **3 new errors**");
    assertThat(md.indexOf("### New errors (3)")).isLessThan(md.indexOf("### Trace")).isLessThan(md.indexOf("### What changed"));
    assertThat(md).contains("- **activity** `saturday-stall` (Saturday market stall) is new and reaches no objective");

    // A change of thousands of activities is cut, with counts.
    Path big = plan("big", null);
    StringBuilder yaml = new StringBuilder("activities:\n");
    for (int i = 0; i < 3000; i++) {
      yaml.append("  - id: extra-").append(i).append("\n    title: An extra activity number ").append(i)
          .append(" with a long title @team <b>bold</b> `code`\n    implements: [nothing-here]\n");
    }
    Files.writeString(big.resolve("extra.yaml"), yaml);
    CheckResult after = check(big);
    Changes c = Comparer.compare("HEAD~1 (1234567)", Snapshots.of(check(plan("before", null))), Snapshots.of(after), false);
    String huge = ChangesMarkdown.write(c, "harbour-cafe-2026");
    assertThat(huge.length()).isLessThan(ChangesMarkdown.LIMIT);
    assertThat(huge).contains("more (this comment is at its size limit; see `changes.html`)");
    assertThat(huge).doesNotContain("<b>").doesNotContain("@team").contains("\\<b\\>");
  }

  @Test
  void changesMarkdownSaysWhatAnAddedEntityIs() throws Exception {
    CiInput in = input("added", new Gate(true, false, false), true);
    String md = ChangesMarkdown.write(in.comparison().changes(), "harbour-cafe-2026");
    assertThat(md).contains(": no new errors, 2 new warnings, 0 resolved findings; 4 entities added.\n");
    assertThat(md).contains("\n**Added (4)**: 1 objective, 1 strategy, 1 activity, 1 campaign\n");
    assertThat(md).contains("- campaign `autumn-cakes` (Autumn cake week): period: 2026-09-14 to 2026-09-20; budget: EUR 12,000; "
        + "objectives: sell-more-cakes, grow-weddings; activities: preorder-posts, wedding-tastings\n");
    assertThat(md).contains("- activity `wedding-tastings` (Wedding cake tastings): strategies: wedding-cakes; channels: instagram; "
        + "hours per week: 2.5 h; budget: EUR 3,000\n");
    assertThat(md).contains("- strategy `wedding-cakes` (Wedding cakes to order): objectives: grow-weddings; goals: conversion\n");
    assertThat(md).contains("- objective `grow-weddings` (Bake for more weddings): pillar: sales; KPI revenue: target EUR 250,000, due 2026-10-31\n");
    // Money and targets that came with their entity lead, before what changed.
    assertThat(md.indexOf("### Money and targets")).isLessThan(md.indexOf("### What changed"));
    assertThat(md).contains("- new campaign `autumn-cakes` (Autumn cake week): budget: EUR 12,000\n");
    assertThat(md).contains("- new objective `grow-weddings` (Bake for more weddings): KPI revenue: target EUR 250,000, due 2026-10-31\n");
  }

  @Test
  void changesMarkdownSaysWhatARemovedEntityWasAndCountsInTheSingular() throws Exception {
    CheckResult before = check(plan("before", "added"));
    CheckResult after = check(plan("after", "untraced"));
    Changes c = Comparer.compare("HEAD~1 (1234567)", Snapshots.of(before), Snapshots.of(after), false);
    String md = ChangesMarkdown.write(c, null);
    assertThat(md).contains("; 2 entities added and 4 removed.\n");
    assertThat(md).contains("- campaign `autumn-cakes` (Autumn cake week): period: 2026-09-14 to 2026-09-20; budget: EUR 12,000; ");
    assertThat(md).contains("- removed campaign `autumn-cakes` (Autumn cake week): budget: EUR 12,000\n");
    assertThat(md).doesNotContainPattern("\\b1 (entities|findings|errors|warnings|result rows)\\b");
    assertThat(md).contains("2 findings of the baseline remain (not listed here)");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return new ArrayList<>((List<Object>) o);
  }

  private static Map<String, Object> first(Object o) {
    return map(list(o).get(0));
  }

}
