package io.github.socialstrategy.core.bench;

import io.github.socialstrategy.core.render.DirectorySiteOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing a site of {@code pages} pages of 8 KB through {@link DirectorySiteOutput}: over a previous site
 * with other bytes (every file written) and over an unchanged one (every file kept as a hard link). Run by
 * hand (see docs/performance.md), never by the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class SiteOutputBenchmark {

  @Param({"2000"})
  public int pages;

  private Path root;
  private byte[][] same;
  private byte[][] changed;

  @Setup
  public void setUp() throws IOException {
    root = Files.createTempDirectory("site-output-benchmark");
    same = new byte[pages][];
    changed = new byte[pages][];
    for (int p = 0; p < pages; p++) {
      String page = ("<p>page " + p + "</p>\n").repeat(600);
      same[p] = page.getBytes(StandardCharsets.UTF_8);
      changed[p] = (page + "<!-- changed -->\n").getBytes(StandardCharsets.UTF_8);
    }
    write(root.resolve("unchanged"), same);
    write(root.resolve("changed"), same);
  }

  private void write(Path site, byte[][] content) throws IOException {
    try (DirectorySiteOutput out = DirectorySiteOutput.open(site, List.of())) {
      for (int p = 0; p < pages; p++) {
        out.write("activities/activity-" + p + ".html", content[p]);
      }
      out.commit();
    }
  }

  @Benchmark
  public void everyFileChanged() throws IOException {
    // alternate, so that every run finds other bytes than its own
    write(root.resolve("changed"), Files.size(root.resolve("changed/activities/activity-0.html")) == same[0].length ? changed : same);
  }

  @Benchmark
  public void noFileChanged() throws IOException {
    write(root.resolve("unchanged"), same);
  }
}
