package io.github.socialstrategy.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.render.json.PlanJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines read from a real git repository (made here with JGit) and from an earlier plan.json. */
class BaselineTest {

  @TempDir Path tmp;

  private static final PersonIdent WHO = new PersonIdent("Plan Author", "author@example.org", 1767225600000L, 0);

  private Path repo() {
    return tmp.resolve("repo");
  }

  /** A repository whose module {@code plans/cafe} holds the base plan, then the base with a case's files. */
  private Path twoCommits(String overlay) throws IOException, GitAPIException {
    Path module = repo().resolve("plans/cafe");
    Path plan = module.resolve("src/strategy");
    try (Git git = Git.init().setDirectory(repo().toFile()).setInitialBranch("main").call()) {
      Files.writeString(repo().resolve("README.md"), "a repository\n");
      git.add().addFilepattern("README.md").call();
      git.commit().setMessage("start").setAuthor(WHO).setCommitter(WHO).setSign(false).call();
      ComparePairs.plan(plan, null);
      git.add().addFilepattern(".").call();
      git.commit().setMessage("the plan").setAuthor(WHO).setCommitter(WHO).setSign(false).call();
      ComparePairs.copy(ComparePairs.resource(overlay), plan);
      git.add().addFilepattern(".").call();
      git.commit().setMessage("a change").setAuthor(WHO).setCommitter(WHO).setSign(false).call();
    }
    return module;
  }

  private static Settings settings(Path module) {
    return Settings.builder(module.resolve("src/strategy")).baseDirectory(module).build();
  }

  private static Comparison compare(Path module, String baseline) throws IOException {
    Settings settings = settings(module);
    CheckResult now = SocialStrategy.check(settings);
    return SocialStrategy.compare(now, settings, baseline);
  }

  @Test
  void aRevisionIsReadFromTheRepositoryAboveTheModule() throws Exception {
    Path module = twoCommits("budget");
    Comparison c = compare(module, "HEAD~1");
    assertThat(c.warning()).isNull();
    assertThat(c.changes().baseline()).matches("HEAD~1 \\([0-9a-f]{7}\\)");
    assertThat(c.changes().entities()).singleElement().satisfies(e ->
        assertThat(e.fields()).extracting(Changes.FieldChange::text).containsExactly("budget +20% (EUR 10,000 → EUR 12,000)"));
    // Unchanged findings keep their identity across the two revisions.
    assertThat(c.changes().findings(Changes.Status.UNCHANGED)).hasSize(2);
    assertThat(c.changes().findings(Changes.Status.NEW)).isEmpty();
  }

  @Test
  void aPlanAbsentAtTheBaselineIsANewPlan() throws Exception {
    Path module = twoCommits("budget");
    Comparison c = compare(module, "HEAD~2");
    assertThat(c.warning()).isNull();
    assertThat(c.changes().newPlan()).isTrue();
    assertThat(c.changes().entities()).allMatch(e -> e.change() == Changes.Kind.ADDED).isNotEmpty();
  }

  @Test
  void anUnknownRevisionWarns() throws Exception {
    Path module = twoCommits("budget");
    Comparison c = compare(module, "origin/main");
    assertThat(c.changes()).isNull();
    assertThat(c.warning()).contains("'origin/main' is not in the git repository at").contains("git fetch origin main");
  }

  @Test
  void aShallowCloneSaysToFetchTheWholeHistory() throws Exception {
    twoCommits("budget");
    Path clone = tmp.resolve("clone");
    Git.cloneRepository().setURI(repo().toUri().toString()).setDirectory(clone.toFile()).setDepth(1).call().close();
    Comparison c = compare(clone.resolve("plans/cafe"), "HEAD~1");
    assertThat(c.changes()).isNull();
    assertThat(c.warning()).contains("shallow clone").contains("fetch-depth: 0").contains("git fetch --unshallow");
  }

  @Test
  void noRepositoryWarns() throws IOException {
    Path module = tmp.resolve("loose");
    ComparePairs.plan(module.resolve("src/strategy"), null);
    // A temporary directory may lie inside some repository on a developer's machine; look only if it does not.
    org.junit.jupiter.api.Assumptions.assumeTrue(GitRepositories.workTreeOf(module) == null);
    Comparison c = compare(module, "HEAD~1");
    assertThat(c.changes()).isNull();
    assertThat(c.warning()).contains("no git repository at or above").contains("plan.json");
  }

  @Test
  void aBlankBaselineIsNone() throws IOException {
    Path module = tmp.resolve("loose");
    ComparePairs.plan(module.resolve("src/strategy"), null);
    assertThat(compare(module, " ")).isSameAs(Comparison.NONE);
  }

  @Test
  void anEarlierPlanJsonIsABaseline() throws IOException {
    Path before = ComparePairs.plan(tmp.resolve("before/strategy"), null);
    CheckResult was = ComparePairs.check(before);
    Path json = tmp.resolve("old-site/plan.json");
    Files.createDirectories(json.getParent());
    Files.writeString(json, PlanJson.write(SocialStrategy.analyze(was)), StandardCharsets.UTF_8);
    Path after = ComparePairs.plan(tmp.resolve("after/strategy"), "raised-target");
    Settings settings = Settings.builder(after).baseDirectory(after.getParent()).build();
    Comparison c = SocialStrategy.compare(SocialStrategy.check(settings), settings, json.toString());
    assertThat(c.warning()).isNull();
    assertThat(c.changes().entities()).singleElement().satisfies(e ->
        assertThat(e.fields()).extracting(Changes.FieldChange::text).containsExactly("target of KPI revenue: EUR 1,380,000 → EUR 1,400,000"));
    assertThat(c.changes().findings(Changes.Status.UNCHANGED)).hasSize(2);
    assertThat(c.changes().findings(Changes.Status.NEW)).isEmpty();
  }

  @Test
  void aPlanJsonReadsAsTheSameSnapshotAsThePlan() throws IOException {
    CheckResult checked = ComparePairs.check(ComparePairs.plan(tmp.resolve("p/strategy"), "untraced"));
    Snapshot direct = Snapshots.of(checked);
    Snapshot read;
    try {
      read = PlanJsonSnapshot.read(PlanJson.write(SocialStrategy.analyze(checked)).getBytes(StandardCharsets.UTF_8));
    } catch (PlanJsonSnapshot.UnreadableException e) {
      throw new AssertionError(e);
    }
    assertThat(Comparer.compare("plan.json", read, direct, false).isEmpty()).isTrue();
    assertThat(read.traced()).isEqualTo(direct.traced());
    assertThat(read.coveredCells()).isEqualTo(direct.coveredCells());
    assertThat(read.kpis()).isEqualTo(direct.kpis());
    assertThat(read.resultRows()).isEqualTo(direct.resultRows());
  }

  @Test
  void anUnreadablePlanJsonWarns() throws IOException {
    Path module = tmp.resolve("m");
    ComparePairs.plan(module.resolve("src/strategy"), null);
    Files.writeString(module.resolve("broken.json"), "{ \"formatVersion\": 1, \"plan\": ");
    Files.writeString(module.resolve("other.json"), "{ \"name\": \"not a plan\" }");
    assertThat(compare(module, "broken.json").warning()).contains("broken.json cannot be compared: it is not valid JSON");
    assertThat(compare(module, "other.json").warning()).contains("it is not the plan.json of a site made by this plugin");
    assertThat(compare(module, "missing/plan.json").warning()).contains("Cannot read the baseline plan.json").contains("NoSuchFileException");
  }

  @Test
  void aFutureOrOlderPlanJsonIsComparedOnWhatBothUnderstand() throws IOException {
    Path module = tmp.resolve("m");
    ComparePairs.plan(module.resolve("src/strategy"), null);
    // A later version with keys this one does not know, and without the ones it added since version 1.
    Files.writeString(module.resolve("future.json"), """
        { "formatVersion": 7, "plan": { "id": "harbour-cafe-2026", "currency": "EUR", "newThing": [1, 2] },
          "activities": [ { "id": "morning-story", "title": "Morning story from the counter", "implements": ["daily-bakes"],
                            "objectives": ["grow-local-following"], "budget": 9000, "someday": true } ],
          "diagnostics": [ { "rule": "objective-without-kpi", "severity": "warning", "file": "src/strategy/objectives.yaml",
                             "line": 1, "column": 1,
                             "message": "objective 'know-our-guests' has no KPI: its success cannot be measured; add a kpis entry" } ] }
        """);
    Comparison c = compare(module, "future.json");
    assertThat(c.warning()).isNull();
    assertThat(c.changes().entities()).filteredOn(e -> e.id().equals("morning-story")).singleElement()
        // Only what both know: the keys the file lacks (channels, goals, status, tags...) are unknown, not empty.
        .satisfies(e -> assertThat(e.fields()).extracting(Changes.FieldChange::text).containsExactly("budget +11.1% (EUR 9,000 → EUR 10,000)"));
    assertThat(c.changes().results()).isNull();
  }

  /** The base plan with a revenue baseline, compared with a plan.json of it (in {@code strategy/}, as written). */
  private Comparison againstPlanJson(String json) throws IOException {
    Path plan = ComparePairs.plan(tmp.resolve("v1/strategy"), "revenue-baseline");
    Files.writeString(plan.getParent().resolve("baseline.json"), json, StandardCharsets.UTF_8);
    Settings settings = Settings.builder(plan).baseDirectory(plan.getParent()).build();
    return SocialStrategy.compare(SocialStrategy.check(settings), settings, "baseline.json");
  }

  private static String v1PlanJson() throws IOException {
    try (var in = BaselineTest.class.getResourceAsStream("/compare-plan-json/v1-before-kpi-kinds.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aPlanJsonWrittenBeforeKpiKindsIsComparedButNotOnKpiAttainment() throws IOException {
    // A real plan.json of the same plan, written by the version before attainment changed meaning.
    Comparison c = againstPlanJson(v1PlanJson());
    assertThat(c.warning()).isNull();
    Changes changes = c.changes();
    // The same plan: nothing changed, the findings are the same ones.
    assertThat(changes.entities()).isEmpty();
    assertThat(changes.findings(Changes.Status.UNCHANGED)).hasSize(2);
    assertThat(changes.findings(Changes.Status.NEW)).isEmpty();
    assertThat(changes.results()).isNull(); // that version did not count rows per metric
    // Its revenue attainment was (actual - baseline) / (target - baseline) = -158%: not compared, and said why.
    assertThat(changes.kpis()).isEmpty();
    assertThat(changes.kpiNote()).contains("formatVersion 1").contains("counts from zero");
    assertThat(io.github.socialstrategy.core.render.ci.ChangesMarkdown.write(changes, null))
        .contains("KPIs are not compared: the baseline's plan.json was written by an earlier version");
    assertThat(changes.isEmpty()).isTrue();
  }

  @Test
  void withoutTheCaveatTheOldAttainmentWouldSeemToMove() throws IOException {
    // The same file claiming a later format: its KPIs are compared, and the old meaning shows as a change
    // that did not happen. This is what the caveat keeps out of a review.
    Comparison c = againstPlanJson(v1PlanJson().replace("\"formatVersion\": 1,", "\"formatVersion\": 2,"));
    assertThat(c.changes().kpiNote()).isNull();
    assertThat(c.changes().kpis()).singleElement().satisfies(k -> {
      assertThat(k.metric()).isEqualTo("revenue");
      assertThat(k.attainmentBefore()).isEqualTo(-1.579);
      assertThat(k.attainmentAfter()).isEqualTo(0.29);
    });
  }

  @Test
  void aPlanJsonOfThisVersionIsComparedOnKpis() throws IOException {
    Path plan = ComparePairs.plan(tmp.resolve("now/strategy"), "revenue-baseline");
    String json = PlanJson.write(SocialStrategy.analyze(ComparePairs.check(plan)));
    Comparison c = againstPlanJson(json);
    assertThat(c.changes().kpiNote()).isNull();
    assertThat(c.changes().isEmpty()).isTrue();
    // Where the baseline's attainment differs, the KPI's move is reported.
    assertThat(json).containsOnlyOnce("\"attainment\": 0.29,");
    Comparison moved = againstPlanJson(json.replace("\"attainment\": 0.29,", "\"attainment\": 0.217,"));
    assertThat(moved.changes().kpiNote()).isNull();
    assertThat(moved.changes().kpis()).extracting(Changes.KpiChange::metric).contains("revenue");
  }
}
