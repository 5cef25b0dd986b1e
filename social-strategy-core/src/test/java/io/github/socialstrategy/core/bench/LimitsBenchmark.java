package io.github.socialstrategy.core.bench;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Prints how long a check takes on each of the large inputs the limits are about: a 100 MB CSV file, a 10 MB
 * YAML file, 100,000 files in the plan directory, a 1 MB description, a 20 MB value without a space, and an
 * export with 1,000 columns. Not a test: the figures go in {@code docs/performance.md}; the tests check
 * what is refused, and that nothing here hangs.
 *
 * <pre>
 * ./mvnw -q -pl social-strategy-core -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.socialstrategy.core.bench.LimitsBenchmark
 * </pre>
 */
public final class LimitsBenchmark {

  private LimitsBenchmark() {}

  static final String PLAN = """
      plan: { id: limits, title: Limits, organisation: Limits Inc., period: { start: 2026-01-01, end: 2026-12-31 }, currency: EUR }
      metrics:
        - { id: impressions, title: Impressions, unit: count }
      channels:
        - { id: x, title: X }
      objectives:
        - { id: reach, title: Reach, pillar: marketing, kpis: [{ metric: impressions, target: 1000 }] }
      strategies:
        - { id: post, title: Post, serves: [reach] }
      """;

  public static void main(String[] args) throws Exception {
    Path root = Files.createTempDirectory("limits-benchmark");
    System.out.println("input | check ms | findings | results");
    run("100 MB CSV (2,900,000 rows)", plan(root, "csv"), dir -> {
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("results/big.csv"), StandardCharsets.UTF_8)) {
        w.write("date,metric,value,channel,activity,campaign,cost\n");
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int r = 0; r < 2_900_000; r++) {
          w.write(start.plusDays(r % 365) + ",impressions," + (100 + r % 997) + ",x,,," + (r % 7) + "\n");
        }
      }
    });
    run("10 MB YAML file (18,000 activities)", plan(root, "yaml"), dir -> {
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("activities.yaml"), StandardCharsets.UTF_8)) {
        w.write("activities:\n");
        for (int a = 0; a < 18_000; a++) {
          w.write("  - id: activity-" + a + "\n    title: Activity " + a + "\n    implements: [post]\n    channels: [x]\n"
              + "    hoursPerWeek: 2\n    budget: 100\n    schedule: { start: 2026-02-01, end: 2026-11-30, cadence: weekly }\n"
              + "    tasks:\n      - { title: Draft, due: 2026-03-01 }\n      - { title: Publish, due: 2026-04-01, done: true }\n"
              + "    tags: [generated]\n    description: |\n      Carries out [the strategy](strategy:post) on X, with a few words more\n"
              + "      so that the file looks like one a team keeps, notes and all.\n");
        }
      }
    });
    run("100,000 files in the plan directory", plan(root, "files"), dir -> {
      for (int f = 0; f < 100_000; f++) {
        Path file = dir.resolve("activities/" + (f / 1000) + "/activity-" + f + ".yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "activities:\n  - { id: activity-" + f + ", title: Activity " + f + ", implements: [post] }\n");
      }
    });
    run("1 MB description (200,000 words, 10,000 links)", plan(root, "description"), dir -> {
      StringBuilder text = new StringBuilder();
      for (int i = 0; text.length() < 1_000_000; i++) {
        text.append(i % 20 == 0 ? "see [the post](strategy:post) " : "word" + (i % 10) + " ");
      }
      Files.writeString(dir.resolve("channels-2.yaml"), "channels:\n  - id: y\n    title: Y\n    description: " + text + "\n");
    });
    run("20 MB value without a space", plan(root, "value"), dir ->
        Files.writeString(dir.resolve("channels-2.yaml"), "channels:\n  - id: y\n    title: " + "x".repeat(20_000_000) + "\n"));
    run("export with 1,000 columns, 10,000 rows", plan(root, "columns"), dir -> {
      StringBuilder mapping = new StringBuilder();
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("exports/wide.csv"), StandardCharsets.UTF_8)) {
        w.write("date,metric,value");
        for (int c = 0; c < 997; c++) {
          w.write(",extra " + c);
        }
        w.write("\n");
        for (int r = 0; r < 10_000; r++) {
          w.write(LocalDate.of(2026, 1, 1).plusDays(r % 365) + ",impressions," + r);
          for (int c = 0; c < 997; c++) {
            w.write("," + c);
          }
          w.write("\n");
        }
      }
      mapping.append("imports:\n  - { file: exports/wide.csv, format: generic-csv, channel: x }\n");
      Files.writeString(dir.resolve("imports.yaml"), mapping.toString());
    });
  }

  private interface Writer {
    void write(Path dir) throws IOException;
  }

  private static Path plan(Path root, String name) throws IOException {
    Path dir = Files.createDirectories(root.resolve(name));
    Files.createDirectories(dir.resolve("results"));
    Files.createDirectories(dir.resolve("exports"));
    Files.writeString(dir.resolve("plan.yaml"), PLAN);
    return dir;
  }

  private static void run(String what, Path dir, Writer writer) throws Exception {
    writer.write(dir);
    System.gc();
    long start = System.nanoTime();
    CheckResult result = SocialStrategy.check(Settings.builder(dir).build());
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(Locale.ROOT, "%s | %,d | %s | %,d%n", what, ms, result.summary(), result.plan().results().size());
  }
}
