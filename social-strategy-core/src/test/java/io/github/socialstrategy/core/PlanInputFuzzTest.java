package io.github.socialstrategy.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.socialstrategy.core.link.Linker;
import io.github.socialstrategy.core.load.PlanLoader;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of every reader a plan file goes through: the YAML loader, the CSV results parser
 * and the six platform-export readers. The first byte of an input picks the reader, the rest is the file.
 * The property: whatever the bytes, reading and linking the plan never throws; every problem is a finding
 * with a place and a message.
 *
 * <p>In every build this replays the inputs in {@code PlanInputFuzzTestInputs/planInputs} (the seeds, made
 * from the test fixtures, and every input a fuzzing run ever found a problem with). The build's
 * {@code fuzz} execution fuzzes it for a short while ({@code JAZZER_FUZZ=1}); a longer run is in
 * {@code docs/performance.md}.
 */
class PlanInputFuzzTest {

  /** The readers, by the first byte of an input (modulo their number). */
  static final List<String> KINDS =
      List.of("yaml", "csv", "x-analytics", "meta-business-suite", "linkedin-page", "youtube-studio", "ga4", "generic-csv");

  private static final String BASE = """
      plan:
        id: fuzz
        title: Fuzz
        organisation: Fuzz Inc.
        period: { start: 2026-01-01, end: 2026-12-31 }
        currency: EUR
      metrics:
        - { id: impressions, title: Impressions, unit: count }
        - { id: engagements, title: Engagements, unit: count }
        - { id: views, title: Views, unit: count }
        - { id: reach, title: Reach, unit: count }
        - { id: clicks, title: Clicks, unit: count }
        - { id: likes, title: Likes, unit: count }
        - { id: sessions, title: Sessions, unit: count }
        - { id: watch-hours, title: Watch time, unit: hours }
        - { id: subscribers, title: Subscribers, unit: count }
        - { id: revenue, title: Revenue, unit: currency, financial: true }
        - { id: rate, title: Rate, unit: percent, formula: engagements / impressions * 100 }
      channels:
        - { id: x, title: X }
      objectives:
        - id: reach-more
          title: Reach more people
          pillar: marketing
          kpis: [{ metric: impressions, target: 1000 }, { metric: rate, target: 5 }]
      strategies:
        - { id: post, title: Post, serves: [reach-more] }
      activities:
        - { id: daily-post, title: Daily post, implements: [post], channels: [x], budget: 100 }
      campaigns:
        - { id: spring, title: Spring, period: { start: 2026-03-01, end: 2026-04-30 }, intent: [reach-more], activities: [daily-post] }
      """;

  private static final String[] MAPPINGS = {
    "{ impressions: impressions, engagements: engagements, likes: likes }",
    "{ Views: views, Reach: reach, Total clicks: clicks, Daily Total Reach: reach }",
    "{ Impressions (total): impressions, Clicks (organic): clicks }",
    "{ Views: views, Watch time (hours): watch-hours, Subscribers: subscribers }",
    "{ Sessions: sessions, Views: views }",
    "{ impressions: impressions }"
  };

  private static Path[] plans;

  /** One plan directory per reader, made once: the fuzzed file is the only thing that changes. */
  private static synchronized Path plan(int kind) throws IOException {
    if (plans == null) {
      Path root = Files.createTempDirectory("plan-fuzz");
      root.toFile().deleteOnExit();
      plans = new Path[KINDS.size()];
      for (int k = 0; k < KINDS.size(); k++) {
        Path dir = Files.createDirectories(root.resolve(KINDS.get(k)));
        Files.writeString(dir.resolve("base.yaml"), BASE, UTF_8);
        if (k >= 2) {
          Files.writeString(dir.resolve("imports.yaml"), "imports:\n  - file: exports/export.csv\n    format: " + KINDS.get(k)
              + "\n    channel: x\n    metrics: " + MAPPINGS[k - 2] + "\n", UTF_8);
        }
        plans[k] = dir;
      }
    }
    return plans[kind];
  }

  /** Where the fuzzed bytes go for each reader. */
  static String fileOf(int kind) {
    return switch (kind) {
      case 0 -> "fuzz.yaml";
      case 1 -> "results/fuzz.csv";
      default -> "exports/export.csv";
    };
  }

  @FuzzTest(maxDuration = "15s")
  void planInputs(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    int kind = (input[0] & 0xff) % KINDS.size();
    Path dir = plan(kind);
    Path file = dir.resolve(fileOf(kind));
    Files.createDirectories(file.getParent());
    Files.write(file, Arrays.copyOfRange(input, 1, input.length));

    // The readers and the linker: what turns bytes into a plan. (The rules and figures work on that plan,
    // and are tested on their own; leaving them out makes each run several times faster.)
    Diagnostics diagnostics = new Diagnostics(Map.of());
    try {
      new Linker(diagnostics, null).link(new PlanLoader(dir, dir, diagnostics).load());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    for (Diagnostic d : diagnostics.sorted()) {
      assertThat(d.message()).as("a finding says what is wrong").isNotBlank();
      assertThat(d.location().line()).as("a finding has a line").isPositive();
      assertThat(d.location().column()).as("a finding has a column").isPositive();
    }
  }
}
