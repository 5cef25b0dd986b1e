package io.github.socialstrategy.core.render.site;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.render.DirectorySiteOutput;
import io.github.socialstrategy.core.render.theme.Theme;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing a site to disk: never into the project or plan directory, never over a directory this plugin
 * did not write, and all-or-nothing, so a failed run leaves the previous site as it was.
 */
class DirectorySiteOutputTest {

  private static CheckResult checked;

  @TempDir Path tmp;
  private Path project;
  private Path planDirectory;
  private Path output;

  @BeforeAll
  static void check() {
    checked = Sites.check(Sites.fixture("gaps"));
  }

  @BeforeEach
  void layOutAProject() throws IOException {
    project = Files.createDirectories(tmp.resolve("project"));
    planDirectory = Files.createDirectories(project.resolve("src/strategy"));
    Files.writeString(planDirectory.resolve("plan.yaml"), "# the user's plan\n");
    output = project.resolve("target/social-strategy");
  }

  private List<Path> protectedDirectories() {
    return List.of(project, planDirectory);
  }

  private void renderTo(Path out, Theme theme) throws IOException, ThemeException {
    try (DirectorySiteOutput site = DirectorySiteOutput.open(out, protectedDirectories())) {
      SocialStrategy.report(checked, theme, site);
      site.commit();
    }
  }

  private void render() throws IOException, ThemeException {
    renderTo(output, Theme.load(null));
  }

  /** Every file under a directory, by relative path, with its bytes as text. */
  static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f, UTF_8));
      }
    }
    return out;
  }

  /** The names in a directory, dot-files included: staging and old sites show here. */
  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theOutputDirectoryMayNotBeTheProjectDirectory() throws IOException {
    Map<String, String> before = tree(tmp);

    assertThatThrownBy(() -> DirectorySiteOutput.open(project, protectedDirectories()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(project.toString());
    assertThat(tree(tmp)).isEqualTo(before);
    assertThat(names(tmp)).containsExactly("project");
  }

  @Test
  void theOutputDirectoryMayNotBeAParentOfTheProjectDirectory() {
    assertThatThrownBy(() -> DirectorySiteOutput.open(tmp, protectedDirectories()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a parent of " + project);
  }

  @Test
  void theOutputDirectoryMayNotBeThePlanDirectoryNorItsParent() {
    assertThatThrownBy(() -> DirectorySiteOutput.open(planDirectory, protectedDirectories()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(planDirectory.toString());
    assertThatThrownBy(() -> DirectorySiteOutput.open(project.resolve("src"), protectedDirectories()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a parent of " + planDirectory);
    // written in a roundabout way, it is still the plan directory
    assertThatThrownBy(() -> DirectorySiteOutput.open(project.resolve("target/../src/./strategy"), protectedDirectories()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anExistingDirectoryWithOtherFilesAndNoMarkerIsLeftAlone() throws IOException {
    Files.createDirectories(output.resolve("notes"));
    Files.writeString(output.resolve("index.html"), "my own page");
    Files.writeString(output.resolve("notes/todo.txt"), "keep me");
    Map<String, String> before = tree(output);

    assertThatThrownBy(() -> DirectorySiteOutput.open(output, protectedDirectories()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(output.toString())
        .hasMessageContaining(DirectorySiteOutput.MARKER);
    assertThat(tree(output)).isEqualTo(before);
    assertThat(names(output.getParent())).containsExactly("social-strategy");
  }

  @Test
  void anExistingFileInPlaceOfTheDirectoryIsRefused() throws IOException {
    Files.createDirectories(output.getParent());
    Files.writeString(output, "a file");

    assertThatThrownBy(() -> DirectorySiteOutput.open(output, protectedDirectories())).isInstanceOf(IllegalArgumentException.class);
    assertThat(Files.readString(output)).isEqualTo("a file");
  }

  @Test
  void anEmptyExistingDirectoryIsUsed() throws Exception {
    Files.createDirectories(output);

    render();

    assertThat(output.resolve("index.html")).isRegularFile();
    assertThat(output.resolve(DirectorySiteOutput.MARKER)).isRegularFile();
  }

  @Test
  void aNewSiteReplacesThePreviousOneCompletely() throws Exception {
    render();
    // files of an earlier plan: a page that no longer exists, and a chart in a sub-directory
    Files.writeString(output.resolve("objectives/dropped-objective.html"), "stale");
    Files.writeString(output.resolve("charts/stale.svg"), "<svg/>");

    render();

    assertThat(output.resolve("objectives/dropped-objective.html")).doesNotExist();
    assertThat(output.resolve("charts/stale.svg")).doesNotExist();
    assertThat(output.resolve("objectives/be-known.html")).isRegularFile();
    assertThat(output.resolve(DirectorySiteOutput.MARKER)).isRegularFile();
    assertThat(names(output.getParent())).as("no staging or old site left beside it").containsExactly("social-strategy");
    assertThat(tree(planDirectory)).containsOnlyKeys("plan.yaml");
  }

  @Test
  void aFailureWhileRenderingLeavesThePreviousSiteIntact() throws Exception {
    render();
    Map<String, String> before = tree(output);
    Theme failing = Theme.load(PlanFixture.resource("/site/themes/failing"));

    assertThatThrownBy(() -> renderTo(output, failing)).isInstanceOf(ThemeException.class).hasMessageContaining("schedule.ftlh");

    assertThat(tree(output)).isEqualTo(before);
    assertThat(names(output.getParent())).as("the staging directory is gone").containsExactly("social-strategy");
  }

  @Test
  void aFailureOnTheFirstRunLeavesNothingBehind() throws Exception {
    Theme failing = Theme.load(PlanFixture.resource("/site/themes/failing"));

    assertThatThrownBy(() -> renderTo(output, failing)).isInstanceOf(ThemeException.class);

    assertThat(output).doesNotExist();
    assertThat(names(output.getParent())).isEmpty();
  }

  @Test
  void pathsOutsideTheSiteAreRefused() throws IOException {
    try (DirectorySiteOutput site = DirectorySiteOutput.open(output, protectedDirectories())) {
      for (String path : List.of("../escape.html", "/etc/passwd", "a/../../b.html", "a\\b.html")) {
        assertThatThrownBy(() -> site.write(path, "x")).as(path).isInstanceOf(IllegalArgumentException.class);
      }
    }
    assertThat(tree(project)).containsOnlyKeys("src/strategy/plan.yaml");
    assertThat(names(output.getParent())).isEmpty();
  }
}
