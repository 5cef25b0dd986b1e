package io.github.socialstrategy.core.load.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.model.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports through the whole pipeline: a plan directory whose {@code imports} name exports of two formats. */
class ImportEndToEndTest {

  @TempDir Path dir;

  @Test
  void importedSumsBecomeThePlansResultsWithoutFindings() throws Exception {
    PlanFixture plan = PlanFixture.clean(dir);
    Files.createDirectories(dir.resolve("exports"));
    for (String name : List.of("x-account-posts.csv", "meta-instagram-posts-2026-07.csv")) {
      Files.copy(PlanFixture.resource("/imports/" + name), dir.resolve("exports").resolve(name));
    }
    plan.write(
        "imports.yaml",
        """
        imports:
          - file: exports/x-account-posts.csv
            format: x-analytics
            channel: x
            metrics:
              Impressions: impressions
              Engagements: engagements
          - file: exports/meta-instagram-posts-2026-07.csv
            format: meta-business-suite
            channel: instagram
            metrics:
              Views: impressions
              Likes: engagements
              Saves: engagements
        """);

    CheckResult checked = SocialStrategy.check(Settings.builder(dir).build());

    assertThat(checked.diagnostics()).isEmpty();
    List<String> imported =
        checked.plan().results().stream()
            .filter(r -> r.file().planPath().startsWith("exports/"))
            .map(ImportHarness.Loaded::describe)
            .toList();
    assertThat(imported)
        .containsExactlyInAnyOrder(
            "2026-07-14 engagements 255 channel:x @2:125",
            "2026-07-14 impressions 6000 channel:x @2:117",
            "2026-07-15 engagements 130 channel:x @4:114",
            "2026-07-15 impressions 2500 channel:x @4:106",
            // Likes 610 + 1,204 and Saves 48 + 300: two columns into one metric
            "2026-07-14 engagements 2162 channel:instagram @2:170",
            "2026-07-14 impressions 42650 channel:instagram @2:153");
    // The plan's own results are still there, and the imports did not replace or double them.
    assertThat(checked.plan().results().stream().filter(r -> !r.file().planPath().startsWith("exports/")).count())
        .isEqualTo(5);
    assertThat(checked.plan().results().stream().mapToDouble(Result::value).sum())
        .isEqualTo(12000 + 600 + 15000 + 95 + 3000 + 255 + 6000 + 130 + 2500 + 2162 + 42650);
  }
}
