package io.github.socialstrategy.core.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.render.DirectorySiteOutput;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import io.github.socialstrategy.core.render.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same plan gives the same site, byte for byte, in memory and on disk, however often it is rendered. */
class RepeatableSiteTest {

  @Test
  void renderingTheSampleTwiceGivesTheSameFiles() {
    MemorySiteOutput first = Sites.render(Sites.check(Sites.SAMPLE));
    MemorySiteOutput second = Sites.render(Sites.check(Sites.SAMPLE));

    assertSameFiles(first.files(), second.files());
  }

  @Test
  void renderingHostileAndBrokenPlansTwiceGivesTheSameFiles() {
    for (String fixture : List.of("hostile", "broken")) {
      CheckResult checked = Sites.check(Sites.fixture(fixture));
      assertSameFiles(Sites.render(checked).files(), Sites.render(checked).files());
    }
  }

  @Test
  void renderingTwiceToDiskGivesTheSameBytesAsInMemory(@TempDir Path tmp) throws Exception {
    CheckResult checked = Sites.check(Sites.SAMPLE);
    Path project = Files.createDirectories(tmp.resolve("project"));
    Path output = project.resolve("target/social-strategy");

    write(checked, output, project);
    SortedMap<String, byte[]> first = read(output);
    write(checked, output, project);
    SortedMap<String, byte[]> second = read(output);

    assertSameFiles(first, second);
    SortedMap<String, byte[]> memory = new TreeMap<>(Sites.render(checked).files());
    memory.put(DirectorySiteOutput.MARKER, first.get(DirectorySiteOutput.MARKER));
    assertSameFiles(first, memory);
  }

  private static void write(CheckResult checked, Path output, Path project) throws Exception {
    try (DirectorySiteOutput out = DirectorySiteOutput.open(output, List.of(project))) {
      SocialStrategy.report(checked, Theme.load(null), out);
      out.commit();
    }
  }

  private static SortedMap<String, byte[]> read(Path dir) throws IOException {
    SortedMap<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    }
    return out;
  }

  private static void assertSameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
    assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
    assertThat(a).isNotEmpty();
    a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
  }
}
