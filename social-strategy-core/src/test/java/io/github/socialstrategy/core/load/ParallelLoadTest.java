package io.github.socialstrategy.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.bench.PlanGenerator;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.Rule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML files composed on several threads give the very plan, findings and order of a read on one thread. */
class ParallelLoadTest {

  private record Loaded(PlanParts parts, List<Diagnostic> findings) {}

  private static Loaded load(Path dir, int threads) throws Exception {
    Diagnostics diagnostics = new Diagnostics(Map.of());
    PlanParts parts = new PlanLoader(PlanTree.directory(dir), dir, diagnostics, threads).load();
    return new Loaded(parts, diagnostics.sorted());
  }

  private static PlanParts withoutResults(PlanParts p) {
    return new PlanParts(p.plans(), p.frameworks(), p.metrics(), p.channels(), p.objectives(), p.strategies(), p.activities(),
        p.campaigns(), p.imports(), p.importSummaries(), List.of(), p.pages(), p.links(), p.files());
  }

  // Results are not records (no equals): compared by every field, their places included.
  private static List<String> results(PlanParts p) {
    List<String> out = new ArrayList<>();
    for (Result r : p.results()) {
      out.add(r.date() + " " + r.metric() + " " + r.value() + " " + r.scopeKind() + " " + r.scopeId() + " " + r.hasCost() + " "
          + (r.hasCost() ? r.cost() : 0) + " " + r.location() + " " + r.location(Result.Field.METRIC) + " " + r.location(Result.Field.SCOPE));
    }
    return out;
  }

  private static void assertSameOnOneThreadAndOnSeveral(Path dir) throws Exception {
    Loaded serial = load(dir, 1);
    for (int threads : List.of(2, 4)) {
      Loaded parallel = load(dir, threads);
      assertThat(parallel.findings().size()).as(dir + " on " + threads + " threads").isEqualTo(serial.findings().size());
      for (int i = 0; i < serial.findings().size(); i++) {
        assertThat(parallel.findings().get(i)).as(dir + " on " + threads + " threads, finding " + i).isEqualTo(serial.findings().get(i));
      }
      assertThat(withoutResults(parallel.parts())).as(dir + " on " + threads + " threads").isEqualTo(withoutResults(serial.parts()));
      assertThat(results(parallel.parts())).as(dir + " on " + threads + " threads").isEqualTo(results(serial.parts()));
    }
  }

  @Test
  void aGeneratedPlanWithBrokenFilesAmongItsFilesReadsTheSame(@TempDir Path dir) throws Exception {
    new PlanGenerator(1_200, 2_000, 11).writePlan(dir);
    // Files that stop the reading in each way, between the generated ones (files are read in path order).
    Path activities = dir.resolve("activities");
    Files.writeString(activities.resolve("a-syntax.yaml"), "activities:\n  - id: broken\n    title: [unclosed\n");
    Files.writeString(activities.resolve("b-tag.yaml"), "activities:\n  - id: tagged\n    title: !custom Tagged\n");
    Files.write(activities.resolve("c-latin1.yaml"), "activities:\n  - id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(activities.resolve("d-control.yaml"), "activities:\n  - id: ctl\n    title: a\u0001b\n");
    Files.writeString(activities.resolve("e-documents.yaml"), "activities:\n  - id: first-doc\n---\nactivities:\n  - id: [\n");
    Loaded serial = load(dir, 1);
    assertThat(serial.parts().activities()).hasSizeGreaterThan(1_200);
    assertThat(serial.findings()).extracting(Diagnostic::rule).contains(Rule.YAML_SYNTAX);
    assertThat(serial.findings().stream().filter(d -> d.rule() == Rule.YAML_SYNTAX).map(d -> d.location().file().planPath()))
        .contains("activities/a-syntax.yaml", "activities/b-tag.yaml", "activities/c-latin1.yaml", "activities/d-control.yaml",
            "activities/e-documents.yaml");
    assertSameOnOneThreadAndOnSeveral(dir);
  }

  @Test
  void everyRuleFixtureReadsTheSameOnOneThreadAndOnSeveral() throws Exception {
    List<Path> dirs = new ArrayList<>();
    for (String group : List.of("rules", "near-misses", "scenarios")) {
      try (Stream<Path> s = Files.list(Path.of("src/test/resources", group))) {
        s.filter(Files::isDirectory).sorted().forEach(dirs::add);
      }
    }
    assertThat(dirs).hasSizeGreaterThan(30);
    for (Path dir : dirs) {
      assertSameOnOneThreadAndOnSeveral(dir);
    }
  }
}
