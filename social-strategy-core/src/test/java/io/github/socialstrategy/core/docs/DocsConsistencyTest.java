package io.github.socialstrategy.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialstrategy.core.model.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule tables in the README and the format reference list exactly the engine's rules and severities. */
class DocsConsistencyTest {

  private static final Pattern ROW = Pattern.compile("(?m)^\\|\\s*`([a-z-]+)`\\s*\\|\\s*(error|warning|info)\\s*\\|");

  @ParameterizedTest
  @ValueSource(strings = {"README.md", "docs/plan-format.md"})
  void ruleTableMatchesTheEngine(String doc) throws IOException {
    Path file = Path.of("..").resolve(doc);
    assertTrue(Files.isRegularFile(file), file.toAbsolutePath() + " exists");
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher m = ROW.matcher(Files.readString(file, StandardCharsets.UTF_8));
    while (m.find()) {
      if (Rule.byId(m.group(1)).isPresent()) {
        documented.put(m.group(1), m.group(2));
      }
    }
    Map<String, String> engine = new LinkedHashMap<>();
    for (Rule r : Rule.values()) {
      engine.put(r.id(), r.defaultSeverity().label());
    }
    assertEquals(engine, documented, doc + " lists every rule with its default severity");
  }

  private static final Pattern PHASE_ROW = Pattern.compile("(?m)^\\|\\s*`([a-z-]+)`\\s*\\|\\s*(?:error|warning|info)\\s*\\|\\s*(format|link|plan|results)\\s*\\|");

  @org.junit.jupiter.api.Test
  void theFormatReferenceGivesEachRulesPhase() throws IOException {
    String text = Files.readString(Path.of("..", "docs", "plan-format.md"), StandardCharsets.UTF_8);
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher m = PHASE_ROW.matcher(text);
    while (m.find()) {
      documented.put(m.group(1), m.group(2));
    }
    Map<String, String> engine = new LinkedHashMap<>();
    for (Rule r : Rule.values()) {
      engine.put(r.id(), r.phase().name().toLowerCase(java.util.Locale.ROOT));
    }
    assertEquals(engine, documented, "docs/plan-format.md gives every rule its phase");
  }
}
