package io.github.socialstrategy.core.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The same charts come out byte for byte in another JVM that runs in another locale and time zone. */
class CrossJvmDeterminismTest {

  @Test
  void anotherJvmWithAnotherLocaleAndZoneDrawsTheSameBytes() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(
        java,
        "-Djava.awt.headless=true",
        "-Duser.language=tr",
        "-Duser.country=TR",
        "-Duser.timezone=Asia/Kathmandu",
        "-cp",
        System.getProperty("java.class.path"),
        ChartDump.class.getName());
    builder.redirectErrorStream(false);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();

    List<String> expected = ChartDump.charts().stream().map(c -> c.svg().replace("\n", "\\n")).toList();
    assertThat(output.lines().toList()).containsExactlyElementsOf(expected);
  }
}
