package io.github.socialstrategy.core;

import static io.github.socialstrategy.core.PlanFixture.briefs;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.socialstrategy.core.model.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files written to hurt: each ends as a finding at its file, never as an exception, a stack overflow, a
 * hang or an object built from a tag. Each goes into the clean plan, so any other finding would show.
 */
class HostileInputTest {

  /**
   * Only a guard against hangs: each check here takes well under a second on an idle machine, but the 2 MB
   * value below took 7 s on a 2-core machine under a load of 11, so the guard is generous.
   */
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @TempDir Path dir;

  private CheckResult check(PlanFixture fixture) {
    return assertTimeoutPreemptively(HANG_GUARD, () -> fixture.check());
  }

  private CheckResult checkWith(String name, String text) {
    return check(PlanFixture.clean(dir).write(name, text));
  }

  private CheckResult checkWith(String name, byte[] bytes) {
    return check(PlanFixture.clean(dir).write(name, bytes));
  }

  /** The one finding of the whole check, which must be in {@code file}. */
  private static Diagnostic onlyFinding(CheckResult result) {
    assertThat(result.diagnostics()).hasSize(1);
    return result.diagnostics().get(0);
  }

  @Test
  void globalTagIsRefused() {
    CheckResult result = checkWith("evil.yaml", """
        channels:
          - id: evil
            title: !!java.net.URL ["http://localhost:1/"]
        """);

    Diagnostic d = onlyFinding(result);
    assertThat(PlanFixture.brief(d)).isEqualTo("evil.yaml:3:12 | error | yaml-syntax");
    assertThat(d.message()).contains("tag", "java.net.URL", "not allowed");
  }

  @Test
  void scriptEngineGadgetIsRefused() {
    CheckResult result = checkWith("evil.yaml", """
        objectives:
          - !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost:1/"]]]]
        """);

    Diagnostic d = onlyFinding(result);
    assertThat(PlanFixture.brief(d)).isEqualTo("evil.yaml:2:5 | error | yaml-syntax");
    assertThat(d.message()).contains("tag", "javax.script.ScriptEngineManager");
  }

  @Test
  void localAndBinaryTagsAreRefusedAtTheirValue() {
    CheckResult result = checkWith("tags.yaml", """
        channels:
          - id: tagged
            title: !local Tagged
            url: !!binary aGVsbG8=
            description: !!str Plain tags are fine
        """);

    assertThat(briefs(result))
        .containsExactly("tags.yaml:3:12 | error | yaml-syntax", "tags.yaml:4:10 | error | yaml-syntax");
    assertThat(result.diagnostics().get(0).message()).contains("'!local'", "tags are not allowed");
    assertThat(result.diagnostics().get(1).message()).contains("binary", "tags are not allowed");
  }

  @Test
  void aliasBombIsRefused() {
    // billion laughs: 9 levels of lists of 9 aliases each, 9^9 strings if expanded
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char level = 'b'; level <= 'i'; level++) {
      yaml.append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = level;
    }
    CheckResult result = checkWith("bomb.yaml", yaml.toString());

    Diagnostic d = onlyFinding(result);
    assertThat(PlanFixture.brief(d)).isEqualTo("bomb.yaml:1:1 | error | yaml-syntax");
    assertThat(d.message()).contains("aliases", "alias bomb");
  }

  @Test
  void recursiveAliasesEndAsFindings() {
    CheckResult result = checkWith("loop.yaml", """
        channels: &c
          - *c
        strategies: &s [*s]
        """);

    assertThat(briefs(result))
        .containsExactly("loop.yaml:1:11 | error | invalid-value", "loop.yaml:3:13 | error | invalid-value");
    assertThat(result.diagnostics().get(0).message()).contains("a channel must be a mapping", "not a list");
  }

  @ParameterizedTest(name = "20,000 times {0}")
  @ValueSource(strings = {"[", "{a: ", "- "})
  void deepNestingIsRefusedWithoutStackOverflow(String opener) {
    CheckResult result = checkWith("deep.yaml", "channels:\n  " + opener.repeat(20_000) + "x\n");

    Diagnostic d = onlyFinding(result);
    assertThat(PlanFixture.brief(d)).isEqualTo("deep.yaml:1:1 | error | yaml-syntax");
    assertThat(d.message()).contains("nested more than 50 levels");
  }

  @Test
  void duplicateKeysAreReportedWithBothLines() {
    CheckResult result = checkWith("twice.yaml", """
        channels:
          - id: threads
            title: Threads
        channels:
          - id: mastodon
            title: Mastodon
        """);

    Diagnostic d = onlyFinding(result);
    assertThat(PlanFixture.brief(d)).isEqualTo("twice.yaml:4:1 | error | duplicate-key");
    assertThat(d.message()).contains("'channels'", "first at line 1");
    assertThat(d.related()).singleElement().hasToString("twice.yaml:1:1");
    assertThat(result.plan().channels().ids()).contains("threads").doesNotContain("mastodon");
  }

  @Test
  void latin1YamlIsReportedAtTheFirstBadByte() {
    CheckResult result = checkWith("latin1.yaml", "channels:\n  - id: cafe\n    title: Un café\n".getBytes(ISO_8859_1));

    Diagnostic d = onlyFinding(result);
    assertThat(PlanFixture.brief(d)).isEqualTo("latin1.yaml:3:18 | error | yaml-syntax");
    assertThat(d.message()).contains("not UTF-8", "0xE9", "save the file as UTF-8");
  }

  @Test
  void latin1AfterAByteOrderMarkOnTheFirstLine() {
    byte[] text = "channels: [{ id: cafe, title: Café }]\n".getBytes(ISO_8859_1);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    CheckResult result = checkWith("latin1.yaml", bytes);

    assertThat(briefs(result)).containsExactly("latin1.yaml:1:34 | error | yaml-syntax");
  }

  @Test
  void latin1CsvIsReportedAtTheFirstBadByte() {
    CheckResult result = checkWith(
        "results/latin1.csv", "date,metric,value,channel\n2026-01-31,impressions,5,x\n2026-02-01,impressions,6,café\n".getBytes(ISO_8859_1));

    Diagnostic d = onlyFinding(result);
    assertThat(PlanFixture.brief(d)).isEqualTo("results/latin1.csv:3:29 | error | yaml-syntax");
    assertThat(d.message()).contains("not UTF-8", "0xE9", "UTF-8");
  }

  @Test
  void latin1FarIntoALargeCsvIsReportedAtItsLine() {
    StringBuilder csv = new StringBuilder("date,metric,value\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("2026-01-31,impressions,").append(i).append('\n');
    }
    csv.append("2026-01-31,impressions,1,\u00e9\n");
    CheckResult result = checkWith("results/big.csv", csv.toString().getBytes(ISO_8859_1));

    assertThat(briefs(result)).containsExactly("results/big.csv:20002:26 | error | yaml-syntax");
  }

  @Test
  void unclosedQuoteInCsvIsReportedAtTheQuote() {
    CheckResult result = checkWith("results/open.csv", """
        date,metric,value
        2026-01-31,impressions,5
        2026-02-01,"impressions,6
        2026-02-02,impressions,7
        """);

    Diagnostic d = onlyFinding(result);
    assertThat(PlanFixture.brief(d)).isEqualTo("results/open.csv:3:12 | error | yaml-syntax");
    assertThat(d.message()).contains("not valid CSV", "never closed");
  }

  @Test
  void csvRowWithTheWrongNumberOfCells() {
    CheckResult result = checkWith("results/ragged.csv", """
        date,metric,value
        2026-01-31,impressions
        2026-02-01,impressions,6
        """);

    Diagnostic d = onlyFinding(result);
    assertThat(PlanFixture.brief(d)).isEqualTo("results/ragged.csv:2:1 | error | yaml-syntax");
    assertThat(d.message()).contains("2 cells", "header has 3");
  }

  @Test
  void byteOrderMarkWithCrlfIsValid() {
    byte[] text = "# exported on Windows\r\nchannels:\r\n  - id: threads\r\n    title: Threads\r\n".getBytes(UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    CheckResult result = checkWith("windows.yaml", bytes);

    assertThat(result.diagnostics()).isEmpty();
    var threads = result.plan().channels().get("threads");
    assertThat(threads.title()).isEqualTo("Threads");
    assertThat(threads.source().of("title")).hasToString("windows.yaml:4:12");
  }

  @Test
  void emptyAndCommentOnlyFilesAreValid() {
    CheckResult result = check(PlanFixture.clean(dir)
        .write("empty.yaml", "")
        .write("comments.yaml", "# nothing planned here yet\n   # still nothing\n")
        .write("documents.yml", "---\n---\n# an empty document\n...\n")
        .write("results/empty.csv", "")
        .write("results/header-only.csv", "date,metric,value\n"));

    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void hugeSingleLineValueIsFine() {
    String title = "x".repeat(2_000_000);
    CheckResult result = checkWith("huge.yaml", "channels:\n  - id: huge\n    title: " + title + "\n");

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.plan().channels().get("huge").title()).hasSize(2_000_000);
  }

  @Test
  void hugeCsvCellIsRefused() {
    CheckResult result = checkWith("results/huge.csv", "date,metric,value\n2026-01-31," + "m".repeat(1 << 21) + ",1\n");

    Diagnostic d = onlyFinding(result);
    assertThat(PlanFixture.brief(d)).isEqualTo("results/huge.csv:2:12 | error | yaml-syntax");
    assertThat(d.message()).contains("longer than");
  }

  @Test
  void controlCharacterIsReportedWhereItIs() {
    CheckResult result = checkWith("nul.yaml", "channels:\n  - id: threads\n    title: Thr\u0000eads\n");

    Diagnostic d = onlyFinding(result);
    assertThat(PlanFixture.brief(d)).isEqualTo("nul.yaml:3:15 | error | yaml-syntax");
    assertThat(d.message()).contains("U+0000");
  }

  @Test
  void binaryGarbageIsNotUtf8() {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    CheckResult result = checkWith("garbage.yaml", bytes);

    // 0x0A ends line 1; 0x80 is the first byte that is not UTF-8
    assertThat(briefs(result)).containsExactly("garbage.yaml:2:118 | error | yaml-syntax");
  }

  @Test
  void linkToAFileOutsideThePlanIsNotRead(@TempDir Path outside) throws Exception {
    Path secret = Files.writeString(outside.resolve("secret.yaml"), "channels:\n  - id: secret\n    title: Secret\n");
    PlanFixture fixture = PlanFixture.clean(dir);
    Files.createSymbolicLink(dir.resolve("linked.yaml"), secret);

    CheckResult result = check(fixture);

    Diagnostic d = onlyFinding(result);
    assertThat(PlanFixture.brief(d)).isEqualTo("linked.yaml:1:1 | error | invalid-value");
    assertThat(d.message()).contains("outside the plan directory");
    assertThat(result.plan().channels().ids()).doesNotContain("secret");
  }

  @Test
  void importThatEscapesThePlanDirectoryIsNotRead() {
    CheckResult result = checkWith("imports.yaml", """
        imports:
          - file: ../../../../etc/passwd
            format: generic-csv
          - file: /etc/passwd
            format: generic-csv
        """);

    assertThat(briefs(result))
        .containsExactly("imports.yaml:2:11 | error | invalid-value", "imports.yaml:4:11 | error | invalid-value");
    assertThat(result.diagnostics().get(0).message()).contains("outside the plan directory");
    assertThat(result.diagnostics().get(1).message()).contains("absolute path");
  }

  @Test
  void manyBadRowsAreSummarisedNotListedOneByOne() {
    List<String> rows = new ArrayList<>(List.of("date,metric,value"));
    for (int i = 0; i < 250; i++) {
      rows.add("2026-01-31,impressions,bad" + i);
    }
    CheckResult result = checkWith("results/bad.csv", String.join("\n", rows) + "\n");

    assertThat(result.errors()).isEqualTo(250);
    assertThat(result.diagnostics()).hasSize(101);
    assertThat(result.diagnostics().get(100).message()).contains("150 more findings");
    assertThat(result.diagnostics().get(100).location()).hasToString("results/bad.csv:102:24");
  }
}
