package io.github.socialstrategy.core.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Money and ROI, computed by hand, by activity, channel, campaign, strategy, objective and pillar. Each roll-up
 * follows the trace and splits an activity's money equally where it serves several; ROI is
 * {@code (return - cost) / cost}, where cost is the recorded cost or, where none is recorded, the planned budget
 * to date; cost per result is the entity's cost over a cumulative count metric recorded for it.
 */
class MoneyFiguresTest {

  private static final Offset<Double> EXACT = within(1e-9);

  /*
   * asOf 2026-06-30: day 181 of the 365-day plan.
   *
   * video    -> content -> aware (marketing), sell (sales): half each. On youtube. Budget 1,200.
   * ads      -> content, care -> aware, sell, serve: half to each strategy, a third to each objective. Budget 900.
   * helpdesk -> care -> serve (service). On x and instagram: half each. Budget 730, no cost recorded.
   * launch   (March, intent sell, activities video). Budget 600.
   * autumn   (June to September, 122 days, intent serve, activities ads). Budget 1,220, nothing recorded.
   */
  private static final String PLAN = """
      plan:
        id: money
        title: Money
        organisation: Test
        period: { start: 2026-01-01, end: 2026-12-31 }
        currency: EUR
        asOf: 2026-06-30
      metrics:
        - { id: revenue, title: Revenue, unit: currency, financial: true }
        - { id: leads, title: Leads, unit: count }
        - { id: rating, title: Rating, unit: ratio, aggregate: average }
      channels:
        - { id: youtube, title: YouTube }
        - { id: x, title: X }
        - { id: instagram, title: Instagram }
      objectives:
        - { id: aware, title: Aware, pillar: marketing }
        - { id: sell, title: Sell, pillar: sales }
        - { id: serve, title: Serve, pillar: service }
      strategies:
        - { id: content, title: Content, serves: [aware, sell] }
        - { id: care, title: Care, serves: [serve] }
      activities:
        - { id: video, title: Video, implements: [content], channels: [youtube], budget: 1200 }
        - { id: ads, title: Ads, implements: [content, care], channels: [instagram], budget: 900 }
        - { id: helpdesk, title: Helpdesk, implements: [care], channels: [x, instagram], budget: 730 }
      campaigns:
        - { id: launch, title: Launch, period: { start: 2026-03-01, end: 2026-03-31 }, intent: [sell], activities: [video], budget: 600 }
        - { id: autumn, title: Autumn, period: { start: 2026-06-01, end: 2026-09-30 }, intent: [serve], activities: [ads], budget: 1220 }
      """;

  private static final String RESULTS = """
      date,metric,value,activity,channel,campaign,cost
      2026-02-10,revenue,500,video,,,200
      2026-03-10,revenue,800,video,,,300
      2026-03-20,leads,40,video,,,
      2026-05-10,leads,60,video,,,
      2026-04-10,revenue,300,ads,,,600
      2026-03-15,revenue,1000,,,launch,500
      2026-03-15,leads,100,,,launch,
      2026-04-20,revenue,200,,instagram,,50
      2026-05-01,revenue,100,,,,
      2026-05-02,rating,4,helpdesk,,,
      2026-05-09,rating,5,helpdesk,,,
      2026-07-10,revenue,9999,video,,,9999
      """;

  @TempDir Path dir;
  private Figures figures;
  private MoneyFigures money;

  @BeforeEach
  void check() {
    CheckResult result = PlanFixture.empty(dir).write("plan.yaml", PLAN).write("results/money.csv", RESULTS).check();
    assertThat(result.errors()).as("%s", result.diagnostics()).isZero();
    figures = result.figures();
    money = figures.money();
  }

  @Test
  void byActivityCostIsTheRecordedCostOrThePlannedBudgetToDate() {
    // video: 500 + 800 back for 200 + 300 recorded (the July row is after asOf): ROI (1,300 - 500) / 500
    assertMoney(money.byActivity().get("video"), 1200, 500, 500, 1300, 2, 1.6);
    assertThat(money.byActivity().get("video").costRecorded()).isTrue();
    // ads: 300 back for 600: ROI -50%
    assertMoney(money.byActivity().get("ads"), 900, 600, 600, 300, 1, -0.5);
    // helpdesk: nothing recorded, so its cost is its budget to date, 730 x 181/365 = 362; no returns, no ROI
    Money helpdesk = money.byActivity().get("helpdesk");
    assertMoney(helpdesk, 730, 0, 362, 0, 0, Double.NaN);
    assertThat(helpdesk.plannedToDate()).isCloseTo(362, EXACT);
    assertThat(helpdesk.costRecorded()).isFalse();
  }

  @Test
  void byChannelAddsItsOwnResultsToItsActivitiesSplitOverTheirChannels() {
    assertMoney(money.byChannel().get("youtube"), 1200, 500, 500, 1300, 2, 1.6);
    // x: half of helpdesk
    assertMoney(money.byChannel().get("x"), 365, 0, 181, 0, 0, Double.NaN);
    // instagram: its own 200 back for 50; half of helpdesk (budget to date 181); all of ads (300 for 600)
    // cost 50 + 181 + 600 = 831, return 500: ROI (500 - 831) / 831
    Money instagram = money.byChannel().get("instagram");
    assertMoney(instagram, 365 + 900, 650, 831, 500, 1, (500 - 831) / 831.0);
    assertThat(instagram.costRecorded()).as("part of its cost is a budget to date").isFalse();
  }

  @Test
  void byCampaignCountsItsOwnResultsAndItsActivitiesResultsDuringIt() {
    // launch: its own 1,000 back for 500, and video's March result, 800 for 300: 1,800 for 800
    assertMoney(money.byCampaign().get("launch"), 600, 800, 800, 1800, 2, 1.25);
    // autumn: nothing recorded (ads' result is from April): budget to date 1,220 x 30/122 = 300
    Money autumn = money.byCampaign().get("autumn");
    assertMoney(autumn, 1220, 0, 300, 0, 0, Double.NaN);
    assertThat(autumn.plannedToDate()).isCloseTo(300, EXACT);
  }

  @Test
  void byStrategySplitsAnActivityEquallyOverTheStrategiesItImplements() {
    // content: video, and half of ads: 1,300 + 150 back for 500 + 300
    assertMoney(money.byStrategy().get("content"), 1200 + 450, 800, 800, 1450, 2, (1450 - 800) / 800.0);
    // care: helpdesk (budget to date 362), and half of ads (150 for 300)
    assertMoney(money.byStrategy().get("care"), 730 + 450, 300, 362 + 300, 150, 1, (150 - 662) / 662.0);
  }

  @Test
  void byObjectiveSplitsAnActivityEquallyOverTheObjectivesItTracesTo() {
    // aware: half of video (650 for 250) and a third of ads (100 for 200)
    assertMoney(money.byObjective().get("aware"), 600 + 300, 450, 450, 750, 2, (750 - 450) / 450.0);
    // sell: the same, and the campaign-scoped result of launch, whose intent it is (1,000 for 500)
    assertMoney(money.byObjective().get("sell"), 600 + 300, 950, 950, 1750, 2, (1750 - 950) / 950.0);
    // serve: a third of ads (100 for 200) and helpdesk (budget to date 362)
    assertMoney(money.byObjective().get("serve"), 300 + 730, 200, 200 + 362, 100, 1, (100 - 562) / 562.0);
  }

  @Test
  void byPillarFollowsTheObjectivesSoAnActivityServingTwoPillarsCountsHalfInEach() {
    assertMoney(money.byPillar().get("marketing"), 900, 450, 450, 750, 2, (750 - 450) / 450.0);
    assertMoney(money.byPillar().get("sales"), 900, 950, 950, 1750, 2, (1750 - 950) / 950.0);
    assertMoney(money.byPillar().get("service"), 1030, 200, 562, 100, 1, (100 - 562) / 562.0);
    assertThat(MoneyFigures.get(money.byPillar(), "intelligence")).isEqualTo(Money.ZERO);
    // video's 1,300 of return is in marketing and sales, half each
    double video = money.byActivity().get("video").financialReturn();
    assertThat(money.byPillar().get("marketing").financialReturn() + money.byPillar().get("sales").financialReturn())
        .isCloseTo(video + 300 * 2 / 3.0 + 1000, EXACT);
  }

  @Test
  void wholePlanCountsEveryResultAndTheBudgetToDateOfActivitiesWithoutRecordedCost() {
    // return 500 + 800 + 300 + 1,000 + 200 + 100; recorded 200 + 300 + 600 + 500 + 50, plus helpdesk's 362
    assertMoney(money.plan(), 1200 + 900 + 730, 1650, 2012, 2900, 6, (2900 - 2012) / 2012.0);
  }

  @Test
  void costPerResultByActivityAndChannel() {
    // video: 40 + 60 leads for 500; the later half of its results (60) against the earlier (40): +50%
    Benefit video = benefit(figures.benefitsByActivity(), "video", "leads");
    assertThat(video.value()).isCloseTo(100, EXACT);
    assertThat(video.costPerResult()).isCloseTo(5, EXACT);
    assertThat(video.movementPercent()).isCloseTo(50, EXACT);
    assertThat(benefit(figures.benefitsByChannel(), "youtube", "leads").costPerResult()).isCloseTo(5, EXACT);
    // a level metric has a value but no cost per result, and is not split over the activity's two channels
    Benefit rating = benefit(figures.benefitsByActivity(), "helpdesk", "rating");
    assertThat(rating.value()).isCloseTo(4.5, EXACT);
    assertThat(rating.costPerResult()).isNaN();
    assertThat(benefit(figures.benefitsByChannel(), "x", "rating").value()).isCloseTo(4.5, EXACT);
    assertThat(benefit(figures.benefitsByChannel(), "instagram", "rating").value()).isCloseTo(4.5, EXACT);
  }

  @Test
  void costPerResultByCampaignStrategyObjectiveAndPillar() {
    // launch: its own 100 leads and video's 40 in March, for 800
    assertThat(benefit(figures.benefitsByCampaign(), "launch", "leads").value()).isCloseTo(140, EXACT);
    assertThat(benefit(figures.benefitsByCampaign(), "launch", "leads").costPerResult()).isCloseTo(800 / 140.0, EXACT);
    assertThat(figures.benefitsByCampaign()).doesNotContainKey("autumn");
    // content: video's 100 leads for 800
    assertThat(benefit(figures.benefitsByStrategy(), "content", "leads").costPerResult()).isCloseTo(8, EXACT);
    assertThat(figures.benefitsByStrategy()).doesNotContainKey("care");
    // aware: half of video's leads (50) for 450; sell: 50 and launch's own 100, for 950
    assertThat(benefit(figures.benefitsByObjective(), "aware", "leads").value()).isCloseTo(50, EXACT);
    assertThat(benefit(figures.benefitsByObjective(), "aware", "leads").costPerResult()).isCloseTo(9, EXACT);
    assertThat(benefit(figures.benefitsByObjective(), "sell", "leads").value()).isCloseTo(150, EXACT);
    assertThat(benefit(figures.benefitsByObjective(), "sell", "leads").costPerResult()).isCloseTo(950 / 150.0, EXACT);
    assertThat(benefit(figures.benefitsByPillar(), "marketing", "leads").costPerResult()).isCloseTo(9, EXACT);
    assertThat(benefit(figures.benefitsByPillar(), "sales", "leads").costPerResult()).isCloseTo(950 / 150.0, EXACT);
    // levels do not add up across activities: no rating in the roll-ups
    assertThat(figures.benefitsByObjective().get("serve")).isNull();
  }

  @Test
  void roiIsUndefinedWithoutCostOrWithoutFinancialResults() {
    assertThat(new Money(0, 0, 0, 100, 3).roi()).as("no cost").isNaN();
    assertThat(new Money(100, 0, 50, 0, 0).roi()).as("no financial results").isNaN();
    assertThat(new Money(100, 0, 50, 50, 1).roi()).as("break-even on the budget to date").isZero();
    assertThat(new Money(100, 80, 50, 40, 1).roi()).as("the recorded cost wins").isCloseTo(-0.5, EXACT);
  }

  @Test
  void rollUpCostIsTheSumOfItsPartsCosts() {
    Money recorded = new Money(100, 100, 40, 0, 0);
    Money budgetOnly = new Money(300, 0, 120, 0, 0);

    Money sum = recorded.plus(budgetOnly);

    assertThat(sum.cost()).isCloseTo(100 + 120, EXACT);
    assertThat(sum.costRecorded()).isFalse();
    assertThat(sum.times(0.5).cost()).isCloseTo(110, EXACT);
    assertThat(recorded.plus(recorded).costRecorded()).isTrue();
  }

  private static void assertMoney(Money m, double planned, double recorded, double cost, double ret, int days, double roi) {
    assertThat(m).as("money").isNotNull();
    assertThat(m.planned()).as("planned").isCloseTo(planned, EXACT);
    assertThat(m.recordedCost()).as("recorded cost").isCloseTo(recorded, EXACT);
    assertThat(m.cost()).as("cost").isCloseTo(cost, EXACT);
    assertThat(m.financialReturn()).as("return").isCloseTo(ret, EXACT);
    assertThat(m.returnDays()).as("days with returns").isEqualTo(days);
    if (Double.isNaN(roi)) {
      assertThat(m.roi()).as("ROI").isNaN();
    } else {
      assertThat(m.roi()).as("ROI").isCloseTo(roi, EXACT);
    }
  }

  private static Benefit benefit(Map<String, List<Benefit>> byId, String id, String metric) {
    assertThat(byId).as("benefits of %s", id).containsKey(id);
    return byId.get(id).stream().filter(b -> b.metric().id().equals(metric)).findFirst().orElseThrow(
        () -> new AssertionError("no " + metric + " among the benefits of " + id + ": " + byId.get(id)));
  }
}
