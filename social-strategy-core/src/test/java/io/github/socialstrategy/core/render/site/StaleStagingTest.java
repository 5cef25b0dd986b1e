package io.github.socialstrategy.core.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.render.DirectorySiteOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What killed runs leave beside the output directory, and what the next run does with each. */
class StaleStagingTest {

  @TempDir Path tmp;
  private Path output;

  @BeforeEach
  void aPreviousSite() throws IOException {
    output = tmp.resolve("site");
    site(output, "previous");
  }

  private static void site(Path dir, String text) throws IOException {
    Files.createDirectories(dir.resolve("objectives"));
    Files.writeString(dir.resolve("index.html"), text);
    Files.writeString(dir.resolve("objectives/o.html"), text);
    Files.writeString(dir.resolve(DirectorySiteOutput.MARKER), "marker");
  }

  private Path staging(String name, String owner) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name).resolve("objectives"));
    Files.writeString(dir.resolve("o.html"), "half a site");
    if (owner != null) {
      Files.writeString(tmp.resolve(name).resolve(DirectorySiteOutput.STAGING_MARKER), owner);
    }
    return tmp.resolve(name);
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private void openAndClose() throws IOException {
    try (DirectorySiteOutput out = DirectorySiteOutput.open(output, List.of())) {
      // opening tidies up; closing without a commit drops this run's own staging directory
    }
  }

  @Test
  void stagingOfAProcessThatIsGoneIsRemoved() throws IOException {
    staging(".site.new-111", "pid 4611686018427387903\nstarted 2026-01-01T00:00:00Z\n");

    openAndClose();

    assertThat(names()).containsExactly("site");
    assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("previous");
  }

  @Test
  void stagingOfAProcessStillRunningIsKept() throws IOException {
    ProcessHandle self = ProcessHandle.current();
    staging(".site.new-222", "pid " + self.pid() + "\nstarted " + self.info().startInstant().map(Object::toString).orElse("unknown") + "\n");

    openAndClose();

    assertThat(names()).containsExactly(".site.new-222", "site");
  }

  @Test
  void stagingWhoseProcessIdWasGivenToAnotherProcessIsRemoved() throws IOException {
    staging(".site.new-333", "pid " + ProcessHandle.current().pid() + "\nstarted 1999-01-01T00:00:00Z\n");

    openAndClose();

    assertThat(names()).containsExactly("site");
  }

  @Test
  void directoriesWithoutOurMarkerAreNeverTouched() throws IOException {
    staging(".site.new-444", null);
    Files.createDirectories(tmp.resolve(".site.old-555"));
    Files.writeString(tmp.resolve(".site.old-555/index.html"), "someone's");
    staging(".other.new-666", "pid 4611686018427387903\nstarted 2026-01-01T00:00:00Z\n");
    Files.writeString(tmp.resolve(".site.new-777"), "a file, not a directory");

    openAndClose();

    assertThat(names()).containsExactly(".other.new-666", ".site.new-444", ".site.new-777", ".site.old-555", "site");
  }

  @Test
  void aSwapKilledBetweenItsTwoRenamesGetsThePreviousSiteBack() throws IOException {
    Files.move(output, tmp.resolve(".site.old-888"));
    staging(".site.new-999", "pid 4611686018427387903\nstarted 2026-01-01T00:00:00Z\n");

    openAndClose();

    assertThat(names()).containsExactly("site");
    assertThat(Files.readString(output.resolve("objectives/o.html"))).isEqualTo("previous");
  }

  @Test
  void anOldSiteWhoseDeletionWasKilledIsRemoved() throws IOException {
    site(tmp.resolve(".site.old-123"), "older");
    Files.delete(tmp.resolve(".site.old-123/index.html")); // half deleted; the marker goes last

    openAndClose();

    assertThat(names()).containsExactly("site");
    assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("previous");
  }

  @Test
  void aFailedRunLeavesNothingBehind() throws IOException {
    openAndClose();
    openAndClose();

    assertThat(names()).containsExactly("site");
  }
}
