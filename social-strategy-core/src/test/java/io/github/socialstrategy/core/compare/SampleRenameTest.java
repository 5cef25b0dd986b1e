package io.github.socialstrategy.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.compare.Changes.EntityChange;
import io.github.socialstrategy.core.compare.Changes.Kind;
import io.github.socialstrategy.core.compare.Changes.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rename in a copy of the sample plan: the findings about the renamed entity, and those whose message
 * names it, stay the same findings.
 */
class SampleRenameTest {

  @TempDir Path tmp;

  /** The sample plan with an extra strategy that serves nothing, and one activity moved onto it. */
  private CheckResult plan(String side, String strategy) {
    PlanFixture p = PlanFixture.empty(tmp.resolve(side).resolve("strategy")).overlay(PlanFixture.SAMPLE);
    p.write("strategies/tiktok.yaml", """
        strategies:
          - id: %s
            title: TikTok experiments
            goals: [awareness]
        """.formatted(strategy));
    String tiktok = read(p.dir().resolve("activities/tiktok.yaml"));
    p.write("activities/tiktok.yaml", tiktok.replace("implements: [always-on-trail-stories]", "implements: [" + strategy + "]"));
    return p.check(b -> b.baseDirectory(p.dir().getParent()));
  }

  private static String read(Path file) {
    try {
      return java.nio.file.Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void renamingAStrategyKeepsItsFindingsAndThoseThatNameIt() {
    CheckResult before = plan("before", "tiktok-experiments");
    CheckResult after = plan("after", "tiktok-tests");
    // The fixture is what it means to be: both findings are errors on both sides.
    assertThat(before.diagnostics()).extracting(d -> d.rule().id())
        .contains("strategy-without-objective", "untraced-activity");

    Changes c = Comparer.compare("before", Snapshots.of(before), Snapshots.of(after), false);

    assertThat(c.entities(Kind.RENAMED)).extracting(EntityChange::subject, EntityChange::previousId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("strategy tiktok-tests", "tiktok-experiments"));
    assertThat(c.entities()).hasSize(1);
    assertThat(c.findings(Status.NEW)).isEmpty();
    assertThat(c.findings(Status.RESOLVED)).isEmpty();
    // Both the finding on the renamed strategy and the one on the unchanged activity, whose message names
    // the strategy, are matched.
    assertThat(c.findings(Status.UNCHANGED)).extracting(Snapshot.Finding::rule, Snapshot.Finding::entityId).contains(
        org.assertj.core.groups.Tuple.tuple("strategy-without-objective", "tiktok-tests"),
        org.assertj.core.groups.Tuple.tuple("untraced-activity", "tiktok-trail-hacks"));

    Gate.Verdict verdict = new Gate(true, false, true).judge(after, Comparison.of(c));
    assertThat(verdict.fails()).isFalse();
    assertThat(verdict.note()).contains("0 new errors and 0 new warnings");
  }

  @Test
  void aRealNewFindingNamingARenamedEntityIsStillNew() {
    CheckResult before = plan("before", "tiktok-experiments");
    PlanFixture p = PlanFixture.empty(tmp.resolve("after2").resolve("strategy")).overlay(tmp.resolve("before/strategy"));
    String tiktok = read(p.dir().resolve("strategies/tiktok.yaml")).replace("tiktok-experiments", "tiktok-tests");
    p.write("strategies/tiktok.yaml", tiktok);
    String acts = read(p.dir().resolve("activities/tiktok.yaml")).replace("tiktok-experiments", "tiktok-tests");
    // A second activity now implements the renamed strategy: it is untraced, and that is new.
    acts = acts.replace("implements: [shoppable-social, creator-partnerships]", "implements: [tiktok-tests]");
    p.write("activities/tiktok.yaml", acts);
    CheckResult after = p.check(b -> b.baseDirectory(p.dir().getParent()));

    Changes c = Comparer.compare("before", Snapshots.of(before), Snapshots.of(after), false);

    assertThat(c.findings(Status.NEW)).extracting(Snapshot.Finding::rule, Snapshot.Finding::entityId)
        .contains(org.assertj.core.groups.Tuple.tuple("untraced-activity", "tiktok-shop-live"));
    assertThat(c.findings(Status.NEW)).extracting(Snapshot.Finding::entityId).doesNotContain("tiktok-trail-hacks", "tiktok-tests");
    assertThat(new Gate(true, false, true).judge(after, Comparison.of(c)).fails()).isTrue();
  }
}
