package io.github.socialstrategy.core.bench;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Prints how long the engine takes on a large generated plan: by default 20,000 activities and 1,000,000
 * CSV result rows. Not a test: figures to compare before and after a change, on the same machine.
 *
 * <pre>
 * ./mvnw -q -pl social-strategy-core test-compile exec:java \
 *     -Dexec.mainClass=io.github.socialstrategy.core.bench.PlanBenchmark -Dexec.args="20000 1000000"
 * </pre>
 */
public final class PlanBenchmark {

  private PlanBenchmark() {}

  public static void main(String[] args) throws IOException {
    int activities = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Path dir = Files.createTempDirectory("plan-benchmark");
    long t0 = System.nanoTime();
    generate(dir, activities, rows);
    System.out.printf(Locale.ROOT, "generated %,d activities and %,d result rows in %d ms (%s)%n",
        activities, rows, (System.nanoTime() - t0) / 1_000_000, dir);
    Settings settings = Settings.builder(dir).build();
    for (int i = 1; i <= runs; i++) {
      long start = System.nanoTime();
      CheckResult result = SocialStrategy.check(settings);
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(Locale.ROOT, "run %d: check took %,d ms; %s; %,d results; heap used %,d MiB%n",
          i, ms, result.summary(), result.plan().results().size(),
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
  }

  /** Writes a valid plan: 40 objectives over 4 pillars, 400 strategies, the activities spread over 20 files. */
  static void generate(Path dir, int activities, int rows) throws IOException {
    int objectives = 40;
    int strategies = Math.max(1, activities / 50);
    int channels = 12;
    String[] pillars = {"marketing", "service", "sales", "intelligence"};
    write(dir.resolve("plan.yaml"), w -> w.write("""
        plan:
          id: benchmark
          title: Benchmark plan
          organisation: Benchmark Inc.
          period: { start: 2026-01-01, end: 2026-12-31 }
          currency: EUR
          asOf: 2026-06-30
          allocation: { marketing: 25, service: 25, sales: 25, intelligence: 25 }
        metrics:
          - { id: impressions, title: Impressions, unit: count }
          - { id: engagements, title: Engagements, unit: count }
          - { id: revenue, title: Revenue, unit: currency, financial: true }
          - { id: engagement-rate, title: Engagement rate, unit: percent, formula: engagements / impressions * 100 }
        """));
    write(dir.resolve("channels.yaml"), w -> {
      w.write("channels:\n");
      for (int c = 0; c < channels; c++) {
        w.write("  - { id: ch" + c + ", title: Channel " + c + ", type: social-network }\n");
      }
    });
    write(dir.resolve("objectives.yaml"), w -> {
      w.write("objectives:\n");
      for (int o = 0; o < objectives; o++) {
        w.write("  - id: obj" + o + "\n    title: Objective " + o + "\n    pillar: " + pillars[o % 4] + "\n");
        w.write("    kpis:\n      - { metric: impressions, baseline: 0, target: 1000000 }\n");
      }
    });
    write(dir.resolve("strategies.yaml"), w -> {
      w.write("strategies:\n");
      for (int s = 0; s < strategies; s++) {
        w.write("  - id: s" + s + "\n    title: Strategy " + s + "\n    serves: [obj" + (s % objectives) + ", obj"
            + ((s + 1) % objectives) + "]\n    influences: [s" + ((s + 1) % strategies) + "]\n");
      }
    });
    int files = 20;
    for (int f = 0; f < files; f++) {
      int from = f * activities / files;
      int to = (f + 1) * activities / files;
      write(dir.resolve("activities/part-" + String.format(Locale.ROOT, "%02d", f) + ".yaml"), w -> {
        w.write("activities:\n");
        for (int a = from; a < to; a++) {
          w.write("  - id: act" + a + "\n    title: Activity " + a + "\n    implements: [s" + (a % strategies) + "]\n"
              + "    channels: [ch" + (a % channels) + "]\n    hoursPerWeek: 2\n    budget: 1000\n"
              + "    schedule: { start: 2026-02-01, end: 2026-11-30, cadence: weekly }\n"
              + "    description: |\n      Works toward [the strategy](strategy:s" + (a % strategies) + ").\n");
        }
      });
    }
    write(dir.resolve("results/rows.csv"), w -> {
      w.write("date,metric,value,activity,cost\n");
      LocalDate start = LocalDate.of(2026, 1, 1);
      String[] metrics = {"impressions", "engagements", "revenue"};
      StringBuilder line = new StringBuilder(64);
      for (int r = 0; r < rows; r++) {
        line.setLength(0);
        line.append(start.plusDays(r % 365)).append(',').append(metrics[r % 3]).append(',')
            .append(100 + (r % 997)).append(",act").append(r % activities).append(',').append(r % 7).append('\n');
        w.append(line);
      }
    });
  }

  private interface Body {
    void write(Writer w) throws IOException;
  }

  private static void write(Path file, Body body) throws IOException {
    Files.createDirectories(file.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.write(w);
    }
  }
}
