package io.github.socialstrategy.core.load;

import java.io.StringReader;
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
import org.openjdk.jmh.infra.Blackhole;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composing YAML with SnakeYAML's own character reader and with {@link WholeTextReader}: a file of 500
 * activities as the generator writes them, and one value of {@code length} characters without a space.
 * Run by hand (see docs/performance.md), never by the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class YamlReaderBenchmark {

  @Param({"activities", "value-200k", "value-2m"})
  public String input;

  private String text;

  @Setup
  public void setUp() {
    if (input.equals("activities")) {
      StringBuilder b = new StringBuilder("activities:\n");
      for (int a = 1; a <= 500; a++) {
        b.append("  - id: activity-").append(a).append("\n    title: Activity ").append(a)
            .append("\n    implements: [strategy-").append(a % 50).append("]\n    channels: [channel-1]\n")
            .append("    schedule: { start: 2026-02-01, end: 2026-09-30, cadence: weekly }\n    hoursPerWeek: 3\n")
            .append("    tasks:\n      - { title: Task 1, due: 2026-03-01, done: true }\n")
            .append("    description: |\n      Carries out [the strategy](strategy:strategy-1).\n");
      }
      text = b.toString();
    } else {
      int length = input.equals("value-2m") ? 2_000_000 : 200_000;
      text = "plan:\n  description: " + "x".repeat(length) + "\n";
    }
  }

  @Benchmark
  public void snakeYamlReader(Blackhole out) {
    compose(new StreamReader(new StringReader(text)), out);
  }

  @Benchmark
  public void wholeTextReader(Blackhole out) {
    compose(new WholeTextReader(text), out);
  }

  private static void compose(StreamReader reader, Blackhole out) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    Composer composer = new Composer(new ParserImpl(reader, options), new Resolver(), options);
    while (composer.checkNode()) {
      out.consume(composer.getNode());
    }
  }
}
