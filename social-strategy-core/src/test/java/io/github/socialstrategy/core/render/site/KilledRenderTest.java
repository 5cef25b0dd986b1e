package io.github.socialstrategy.core.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.bench.PlanGenerator;
import io.github.socialstrategy.core.render.DirectorySiteOutput;
import io.github.socialstrategy.core.render.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render killed with SIGKILL at random moments (seeded, so every run kills at the same moments relative
 * to the render's own length) never costs the previous site, and the next run removes what it left.
 */
class KilledRenderTest {

  private static final String[] DATES = {"2026-06-30", "2026-08-31"};

  @TempDir Path tmp;

  @Test
  void aKilledRenderLeavesThePreviousSiteWholeAndTheNextRunCleansUp() throws Exception {
    Path plan = tmp.resolve("plan");
    new PlanGenerator(150, 3_000, 11).writePlan(plan);
    Path output = tmp.resolve("out/site");
    // The two sites the renders alternate between, rendered here in full.
    List<Map<String, String>> sites = new ArrayList<>();
    for (String date : DATES) {
      Path dir = tmp.resolve("expected-" + date);
      render(SocialStrategy.check(Settings.builder(plan).asOf(date).build()), dir);
      sites.add(DirectorySiteOutputTest.tree(dir));
    }
    assertThat(sites.get(0)).isNotEqualTo(sites.get(1));

    // One render to completion: the site to protect, and how long a render takes here.
    long started = System.nanoTime();
    Process first = fork(plan, output, DATES[0]);
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("a render finishes").isTrue();
    assertThat(first.exitValue()).isZero();
    long renderMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(DirectorySiteOutputTest.tree(output)).isEqualTo(sites.get(0));

    Random random = new Random(11);
    int previous = 0;
    for (int kill = 0; kill < 4; kill++) {
      int next = 1 - previous;
      Process p = fork(plan, output, DATES[next]);
      Thread.sleep((long) (random.nextDouble() * renderMillis * 1.1));
      p.destroyForcibly();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

      // Right after the kill: a whole site in place (the previous or, if the render got that far, the next),
      // or, killed between the two renames, the previous site whole beside it.
      Map<String, String> now = Files.isDirectory(output) ? DirectorySiteOutputTest.tree(output) : aside(output);
      assertThat(now).as("kill %d", kill).isIn(sites.get(previous), sites.get(next));

      // The next run puts back or removes whatever the killed one left, and nothing else.
      Files.writeString(output.getParent().resolve("user-notes.txt"), "not ours");
      try (DirectorySiteOutput out = DirectorySiteOutput.open(output, List.of())) {
        assertThat(siblings(output)).filteredOn(n -> !n.startsWith(".site.new-")).containsExactlyInAnyOrder("site", "user-notes.txt");
      }
      assertThat(siblings(output)).containsExactlyInAnyOrder("site", "user-notes.txt");
      Map<String, String> kept = DirectorySiteOutputTest.tree(output);
      assertThat(kept).isIn(sites.get(previous), sites.get(next));
      previous = kept.equals(sites.get(0)) ? 0 : 1;
    }
  }

  /** The old site a kill between the two renames left beside the missing output. */
  private static Map<String, String> aside(Path output) throws IOException {
    List<String> olds = siblings(output).stream().filter(n -> n.startsWith(".site.old-")).toList();
    assertThat(olds).as("the previous site, moved aside").hasSize(1);
    return DirectorySiteOutputTest.tree(output.resolveSibling(olds.get(0)));
  }

  private static List<String> siblings(Path output) throws IOException {
    try (Stream<Path> s = Files.list(output.getParent())) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static void render(CheckResult checked, Path dir) throws Exception {
    try (DirectorySiteOutput out = DirectorySiteOutput.open(dir, List.of())) {
      SocialStrategy.report(checked, Theme.load(null), out);
      out.commit();
    }
  }

  private Process fork(Path plan, Path output, String date) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Djava.awt.headless=true", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
        RenderProcess.class.getName(), plan.toString(), output.toString(), date)
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("render-" + System.nanoTime() + ".log").toFile())
        .start();
  }
}
