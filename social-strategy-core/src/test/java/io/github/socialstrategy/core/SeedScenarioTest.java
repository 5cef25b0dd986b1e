package io.github.socialstrategy.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.analyze.KpiStatus;
import io.github.socialstrategy.core.analyze.Pacing;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Rule;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's scenario (see {@code src/test/resources/scenarios/sales-campaign-won-engagement/README.md}): a
 * sales campaign that moved engagement and reputation, not revenue, is reported as misaligned, once, at the
 * campaign, naming what it was for and what it moved.
 */
class SeedScenarioTest {

  @TempDir Path dir;

  private PlanFixture scenario() {
    return PlanFixture.empty(dir).overlay(PlanFixture.resource("/scenarios/sales-campaign-won-engagement"));
  }

  @Test
  void salesCampaignThatWonEngagementAndReputationIsMisaligned() {
    CheckResult result = scenario().check();

    assertThat(PlanFixture.briefs(result)).containsExactly("campaigns.yaml:2:9 | warning | misaligned-campaign");
    Diagnostic d = result.diagnostics().get(0);
    assertThat(d.message())
        .startsWith("campaign 'summer-sale' was meant to move grow-online-sales, whose KPIs barely moved during it (revenue +1.0%), "
            + "while it moved engagements +80.0%, positive-mentions +75.0%;")
        .contains("add the objectives it moved to its intent, or rebalance its activities");
  }

  @Test
  void theRestOfThePlanIsHealthy() {
    CheckResult result = scenario().check();

    // revenue 60,200 of 120,000 (50.2%) by 2026-06-30, where 181/365 = 49.6% is expected: on pace overall
    KpiStatus revenue = kpi(result, "grow-online-sales");
    assertThat(revenue.actual()).isEqualTo(60_200);
    assertThat(revenue.pacing().state()).isEqualTo(Pacing.State.ON_TRACK);
    // the reputation KPI has no target: tracked, not scored (positive mentions 40+40+70+70+30)
    KpiStatus reputation = kpi(result, "strengthen-reputation");
    assertThat(reputation.actual()).isEqualTo(250);
    assertThat(reputation.attainment()).isNull();
    assertThat(reputation.pacing().state()).isEqualTo(Pacing.State.NOT_SCORED);
  }

  @Test
  void revenueThatRoseSixPercentMeansTheCampaignDidItsJob() {
    CheckResult result = scenario().write("results/shop.csv", """
        date,metric,value,channel
        2026-01-15,revenue,10000,web-shop
        2026-02-15,revenue,10000,web-shop
        2026-03-15,revenue,10000,web-shop
        2026-04-15,revenue,10600,web-shop
        2026-05-15,revenue,10600,web-shop
        2026-06-15,revenue,10000,web-shop
        """).check();

    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void engagementAndMentionsThatRoseLessThanTwentyPercentAreNoEvidenceOfMisalignment() {
    CheckResult result = scenario().write("results/social.csv", """
        date,metric,value,activity
        2026-02-15,engagements,1000,product-posts
        2026-03-15,engagements,1000,product-posts
        2026-04-15,engagements,1190,product-posts
        2026-05-15,engagements,1190,product-posts
        2026-02-15,positive-mentions,40,customer-stories
        2026-03-15,positive-mentions,40,customer-stories
        2026-04-15,positive-mentions,47,customer-stories
        2026-05-15,positive-mentions,47,customer-stories
        2026-06-15,positive-mentions,30,community-replies
        """).check();

    // +19.0% and +17.5%: neither moved markedly
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void campaignIsJudgedOnlyOnceItHasEnded() {
    assertThat(scenario().check(b -> b.asOf("2026-05-31")).diagnostics()).as("on its last day").isEmpty();
    assertThat(PlanFixture.of(scenario().check(b -> b.asOf("2026-06-01")), Rule.MISALIGNED_CAMPAIGN)).as("the day after").hasSize(1);
  }

  private static KpiStatus kpi(CheckResult result, String objective) {
    return result.figures().kpis().stream().filter(k -> k.objective().id().equals(objective)).findFirst().orElseThrow();
  }
}
