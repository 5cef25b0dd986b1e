package io.github.socialstrategy.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Renames applied to what a baseline finding says. */
class RenamesTest {

  private final Renames renames = new Renames(Map.of(
      "strategy", Map.of("brand", "brand-voice", "tiktok-experiments", "tiktok-tests"),
      "objective", Map.of("brand", "brand-love"),
      "metric", Map.of("reach", "organic-reach")));

  @Test
  void idsStandingAloneAreRenamed() {
    assertThat(renames.text("activity 'a' does not trace: its strategies (tiktok-experiments) serve no existing objective"))
        .isEqualTo("activity 'a' does not trace: its strategies (tiktok-tests) serve no existing objective");
    assertThat(renames.text("objective 'x' has a KPI on reach; add results")).isEqualTo("objective 'x' has a KPI on organic-reach; add results");
  }

  @Test
  void partsOfLongerIdsPathsAndFileNamesAreNot() {
    assertThat(renames.text("activity 'reach-more' in strategies/reach.yaml and reach.csv, Reach"))
        .isEqualTo("activity 'reach-more' in strategies/reach.yaml and reach.csv, Reach");
    assertThat(renames.text("ends with reach.")).isEqualTo("ends with organic-reach.");
  }

  @Test
  void anIdRenamedDifferentlyInTwoKindsFollowsTheKindNamedBeforeIt() {
    assertThat(renames.text("strategy 'brand' serves objective 'brand'"))
        .isEqualTo("strategy 'brand-voice' serves objective 'brand-love'");
    // No kind named: left as it is.
    assertThat(renames.text("'brand' is odd")).isEqualTo("'brand' is odd");
  }

  @Test
  void entitiesFollowTheirKindsRenames() {
    assertThat(renames.id("strategy", "brand")).isEqualTo("brand-voice");
    assertThat(renames.id("objective", "brand")).isEqualTo("brand-love");
    assertThat(renames.id("activity", "brand")).isEqualTo("brand");
    assertThat(new Renames(Map.of()).isEmpty()).isTrue();
  }
}
