package io.github.socialstrategy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Rule;
import java.time.Duration;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits on input size: what is refused, with a message naming the limit, and that large inputs
 * within the limits are read whole. (How long large inputs take is measured by the limits benchmark, never
 * timed here; the guard only stops a hang.)
 */
class LimitsTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @TempDir Path dir;

  private CheckResult check(PlanFixture plan) {
    return assertTimeoutPreemptively(HANG_GUARD, () -> plan.check());
  }

  @Test
  void aYamlFileOverThirtyTwoMebibytesIsRefusedNamingTheLimit() {
    String big = "channels:\n  - id: big\n    title: " + "x".repeat(33 * 1024 * 1024) + "\n";
    CheckResult result = check(PlanFixture.clean(dir).write("big.yaml", big));

    Diagnostic d = PlanFixture.only(result, Rule.YAML_SYNTAX);
    assertThat(PlanFixture.brief(d)).isEqualTo("big.yaml:1:1 | error | yaml-syntax");
    assertThat(d.message()).contains("33 MiB").contains("32 MiB limit").contains("split it");
    assertThat(result.plan().channels().get("big")).isNull();
  }

  @Test
  void aYamlFileJustUnderTheLimitIsReadWhole() {
    String value = "x".repeat(31 * 1024 * 1024);
    CheckResult result = check(PlanFixture.clean(dir).write("big.yaml", "channels:\n  - id: big\n    title: " + value + "\n"));

    assertThat(PlanFixture.of(result, Rule.YAML_SYNTAX)).isEmpty();
    assertThat(result.plan().channels().get("big").title()).hasSize(value.length());
  }

  @Test
  void aCsvCellOverOneMebibyteIsRefusedNamingTheLimit() {
    CheckResult result = check(PlanFixture.clean(dir).write("results/wide.csv",
        "date,metric,value\n2026-01-31,impressions,1\n2026-02-01,impressions,\"" + "9".repeat((1 << 20) + 1) + "\"\n"));

    Diagnostic d = PlanFixture.only(result, Rule.YAML_SYNTAX);
    assertThat(PlanFixture.brief(d)).startsWith("results/wide.csv:3:");
    assertThat(d.message()).contains("longer than 1048576 characters");
    // the row before the refused cell still counts
    assertThat(result.plan().results()).anyMatch(r -> r.value() == 1 && r.date().toString().equals("2026-01-31"));
  }

  @Test
  void aOneMegabyteDescriptionWithThousandsOfLinksIsReadAndEveryLinkChecked() {
    StringBuilder text = new StringBuilder();
    int links = 0;
    while (text.length() < 1_000_000) {
      text.append("see [the post](channel:no-such-").append(links++).append(") and more words here ");
    }
    CheckResult result = check(PlanFixture.clean(dir).write("long.yaml", "channels:\n  - id: long\n    title: Long\n    description: " + text + "\n"));

    assertThat(result.plan().channels().get("long").description()).isEqualTo(text.toString().strip());
    // every link is a finding; the log lists the first 100 of the file and counts the rest
    assertThat(result.errors()).isGreaterThanOrEqualTo(links);
  }
}
