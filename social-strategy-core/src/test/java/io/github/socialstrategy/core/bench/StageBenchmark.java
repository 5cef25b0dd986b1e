package io.github.socialstrategy.core.bench;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.analyze.Analyzer;
import io.github.socialstrategy.core.analyze.Figures;
import io.github.socialstrategy.core.link.Linker;
import io.github.socialstrategy.core.load.PlanLoader;
import io.github.socialstrategy.core.load.PlanParts;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Severity;
import io.github.socialstrategy.core.render.DirectorySiteOutput;
import io.github.socialstrategy.core.render.theme.Theme;
import io.github.socialstrategy.core.validate.Validator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Prints, stage by stage, how long the engine takes on a plan and how much heap each stage peaks at: load,
 * link, validate (structure), analyse (figures), validate (findings about results), render (the whole site
 * into a directory, then again over the unchanged site). Not a test: figures to compare before and after a
 * change, on one machine. Wall time and the process's CPU time (all threads) are printed. Each stage's peak is the sum of the heap pools' peaks while it ran, after a GC
 * before it: what it holds plus what it allocates between collections.
 *
 * <pre>
 * ./mvnw -q -pl social-strategy-core -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.socialstrategy.core.bench.StageBenchmark -Dexec.args="L 3"
 * </pre>
 *
 * <p>Arguments: a size ({@code S}, {@code M}, {@code L}, {@code XL}: the plan is generated first, seed 11)
 * or the path of a plan directory; then the number of runs (default 3); then {@code check} to stop before
 * rendering. The first run includes the JVM's
 * warm-up, as a Maven build does; later runs show the warm figures.
 */
public final class StageBenchmark {

  private StageBenchmark() {}

  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "L";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    boolean checkOnly = args.length > 2 && args[2].equals("check");
    Path work = Files.createTempDirectory("stage-benchmark");
    Path planDir;
    if (Files.isDirectory(Path.of(what))) {
      planDir = Path.of(what);
    } else {
      PlanGenerator.Size size = PlanGenerator.Size.valueOf(what.toUpperCase(Locale.ROOT));
      new PlanGenerator(size.activities, size.rows, 11).writePlan(work.resolve("plan"));
      planDir = work.resolve("plan");
    }
    Path site = work.resolve("site");
    System.out.printf(Locale.ROOT, "plan %s, %d runs, %d processors, max heap %,d MiB, %s%n", planDir, runs,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.version"));
    System.out.println("run | stage | ms | cpu ms | peak heap MiB");
    for (int run = 1; run <= runs; run++) {
      Settings settings = Settings.builder(planDir).build();
      Diagnostics diagnostics = new Diagnostics(settings.severities());
      long total = 0;
      PlanParts parts = stage(run, "load", () -> new PlanLoader(settings.planDirectory(), settings.baseDirectory(), diagnostics).load());
      Plan plan = stage(run, "link", () -> new Linker(diagnostics, settings.asOf()).link(parts));
      Figures figures = stage(run, "analyse", () -> Analyzer.figures(plan, settings.pacing()));
      stage(run, "validate", () -> {
        new Validator(settings.allocationTolerance(), settings.pacing()).validate(plan, figures, diagnostics);
        return null;
      });
      CheckResult result = new CheckResult(plan, figures, diagnostics.sorted(), diagnostics.total(Severity.ERROR),
          diagnostics.total(Severity.WARNING), diagnostics.total(Severity.INFO));
      if (!checkOnly) {
        Theme theme = Theme.load(null);
        stage(run, "render", () -> render(result, theme, site));
        stage(run, "render-unchanged", () -> render(result, theme, site));
        TIMES.remove(TIMES.size() - 1); // every stage but the unchanged re-render
      }
      for (long t : TIMES) {
        total += t;
      }
      TIMES.clear();
      System.out.printf(Locale.ROOT, "%d | load to render | %,d | | (%s; %,d results; %,d files in the site)%n", run, total,
          result.summary(), plan.results().size(), countFiles(site));
    }
  }

  private static final List<Long> TIMES = new ArrayList<>();

  private static Void render(CheckResult result, Theme theme, Path site) throws Exception {
    try (DirectorySiteOutput out = DirectorySiteOutput.open(site, List.of())) {
      SocialStrategy.report(result, theme, out);
      out.commit();
    }
    return null;
  }

  private static <T> T stage(int run, String name, Callable<T> body) throws Exception {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long cpu0 = cpuNanos();
    long start = System.nanoTime();
    T value = body.call();
    long ms = (System.nanoTime() - start) / 1_000_000;
    long cpu = (cpuNanos() - cpu0) / 1_000_000;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    TIMES.add(ms);
    System.out.printf(Locale.ROOT, "%d | %s | %,d | %,d | %,d%n", run, name, ms, cpu, peak >> 20);
    return value;
  }

  /** CPU time of the whole process, all threads and the collector included: steadier than wall time on a busy machine. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long countFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (var s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).count();
    }
  }
}
