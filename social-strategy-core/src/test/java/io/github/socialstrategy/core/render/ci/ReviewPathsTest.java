package io.github.socialstrategy.core.render.ci;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.compare.Comparison;
import io.github.socialstrategy.core.compare.Gate;
import io.github.socialstrategy.core.compare.ReviewPaths;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import io.github.socialstrategy.core.render.json.PlanJson;
import io.github.socialstrategy.core.render.theme.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan directory outside the project's base directory: the review files show its files relative to the
 * repository root, as SARIF does, never with the absolute path of the machine that ran the build.
 */
class ReviewPathsTest {

  private static final PersonIdent WHO = new PersonIdent("Plan Author", "author@example.org", 1767225600000L, 0);

  @TempDir Path tmp;

  private static void copy(String fixture, Path to) throws Exception {
    Path from = Path.of(ReviewPathsTest.class.getResource("/compare/" + fixture).toURI());
    Files.createDirectories(to);
    try (Stream<Path> s = Files.list(from)) {
      for (Path f : (Iterable<Path>) s::iterator) {
        Files.copy(f, to.resolve(f.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Everything the review writes, with a baseline, as text. */
  private static MemorySiteOutput review(Path base, Path plan, String baseline) throws Exception {
    Settings settings = Settings.builder(plan).baseDirectory(base).build();
    CheckResult now = SocialStrategy.check(settings);
    Comparison c = SocialStrategy.compare(now, settings, baseline);
    assertThat(c.warning()).isNull();
    MemorySiteOutput out = new MemorySiteOutput();
    SocialStrategy.report(new CiInput(now, c, Map.of(), new Gate(true, false, true), ReviewPaths.of(base, plan)), Theme.load(null), out);
    return out;
  }

  private static void assertNoAbsolutePath(MemorySiteOutput out, Path tmp) throws IOException {
    String root = tmp.toRealPath().toString();
    String given = tmp.toAbsolutePath().toString();
    for (String f : new String[] {"changes.md", "changes.html", "changes.json", "TEST-social-strategy.xml", "diagnostics.json",
        "social-strategy.sarif"}) {
      assertThat(out.text(f)).as(f).doesNotContain(root).doesNotContain(given);
    }
  }

  @Test
  void aPlanOutsideTheBaseDirectoryIsShownRelativeToTheRepository() throws Exception {
    Path repo = tmp.resolve("repo");
    Path base = repo.resolve("project");
    Path plan = repo.resolve("review/rvplan");
    Files.createDirectories(base);
    Files.writeString(base.resolve("pom.xml"), "<project/>\n");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      copy("base", plan);
      git.add().addFilepattern(".").call();
      git.commit().setMessage("the plan").setAuthor(WHO).setCommitter(WHO).setSign(false).call();
      copy("untraced", plan);
      git.add().addFilepattern(".").call();
      git.commit().setMessage("a change").setAuthor(WHO).setCommitter(WHO).setSign(false).call();
    }
    MemorySiteOutput out = review(base, plan, "HEAD~1");

    assertNoAbsolutePath(out, tmp);
    assertThat(out.text("changes.md")).contains("`review/rvplan/activities.yaml:26:9` `untraced-activity`");
    assertThat(out.text("changes.html")).contains("review/rvplan/activities.yaml:26:9");
    assertThat(out.text("TEST-social-strategy.xml")).contains("review/rvplan/activities.yaml:26:9: error:");
    assertThat(out.text("diagnostics.json")).contains("\"file\": \"review/rvplan/activities.yaml\"");
    assertThat(out.text("social-strategy.sarif")).contains("\"uri\": \"review/rvplan/activities.yaml\"");
    // The findings of both sides are matched: the base plan's two warnings are unchanged.
    assertThat(out.text("changes.md")).contains("2 findings of the baseline remain");
  }

  @Test
  void anOlderPlanJsonWithAbsolutePathsMatchesAndShowsRelativePaths() throws Exception {
    Path repo = tmp.resolve("repo");
    Path base = repo.resolve("project");
    Path plan = repo.resolve("review/rvplan");
    Files.createDirectories(base);
    Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call().close();
    copy("base", plan);
    // An earlier site of the same project, written when its paths were absolute.
    Settings settings = Settings.builder(plan).baseDirectory(base).build();
    Path json = base.resolve("old-site/plan.json");
    Files.createDirectories(json.getParent());
    Files.writeString(json, PlanJson.write(SocialStrategy.analyze(SocialStrategy.check(settings))), StandardCharsets.UTF_8);
    assertThat(Files.readString(json)).contains(plan.toAbsolutePath().normalize().resolve("objectives.yaml").toString());
    copy("untraced", plan);

    MemorySiteOutput out = review(base, plan, "old-site/plan.json");

    assertNoAbsolutePath(out, tmp);
    assertThat(out.text("changes.md")).contains("2 findings of the baseline remain").contains("`review/rvplan/activities.yaml:26:9`");
  }

  @Test
  void withoutARepositoryAPlanOutsideTheBaseDirectoryIsShownByItsDirectoryName() throws Exception {
    Path base = tmp.resolve("project");
    Path plan = tmp.resolve("elsewhere/rvplan");
    Files.createDirectories(base);
    copy("untraced", plan);
    org.junit.jupiter.api.Assumptions.assumeTrue(io.github.socialstrategy.core.compare.GitRepositories.workTreeOf(base) == null);
    Settings settings = Settings.builder(plan).baseDirectory(base).build();
    CheckResult now = SocialStrategy.check(settings);
    CiInput in = new CiInput(now, Comparison.NONE, Map.of(), new Gate(true, false, false), ReviewPaths.of(base, plan));
    assertThat(new String(new JunitReport().write(in), StandardCharsets.UTF_8)).contains("rvplan/activities.yaml:26:9: error:")
        .doesNotContain(tmp.toAbsolutePath().toString());
    // Inside the base directory, paths stay relative to it.
    Path inside = base.resolve("src/strategy");
    copy("untraced", inside);
    CheckResult local = SocialStrategy.check(Settings.builder(inside).baseDirectory(base).build());
    CiInput in2 = new CiInput(local, Comparison.NONE, Map.of(), new Gate(true, false, false), ReviewPaths.of(base, inside));
    assertThat(new String(CiReports.named(java.util.List.of("json")).get(0).write(in2), StandardCharsets.UTF_8)).contains("\"file\": \"src/strategy/activities.yaml\"");
  }
}
