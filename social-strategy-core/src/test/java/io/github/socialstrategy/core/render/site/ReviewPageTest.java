package io.github.socialstrategy.core.render.site;

import static io.github.socialstrategy.core.render.site.Sites.cells;
import static io.github.socialstrategy.core.render.site.Sites.number;
import static io.github.socialstrategy.core.render.site.Sites.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.analyze.Review;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page and the campaign chart: on the sample plan in June (when adjustments matter most) and at the
 * year's end, and on a plan that has no results at all.
 */
class ReviewPageTest {

  private static CheckResult june;
  private static MemorySiteOutput juneSite;
  private static CheckResult year;

  @BeforeAll
  static void renderJune() throws IOException {
    june = SocialStrategy.check(Settings.builder(PlanFixture.SAMPLE).asOf("2026-06-30").build());
    juneSite = Sites.render(june);
    year = SocialStrategy.check(Settings.builder(PlanFixture.SAMPLE).asOf("2026-12-31").build());
  }

  @Test
  void adjustmentsAreRankedSentencesWithTheirFigures() {
    Document d = Sites.page(juneSite, "review.html");
    List<Element> items = d.select("ol.adjustments > li");
    Review review = june.figures().review();
    assertThat(items).hasSize(review.adjustments().size()).hasSizeGreaterThan(3);
    // the KPIs furthest behind come first: conversion rate, 76.4 points behind on 30 June
    assertThat(items.get(0).text()).contains("KPI behind", "Grow social-attributed online revenue", "Conversion rate", "1.49%",
        "76.4 points behind", "what moves orders most is Instagram");
    // every adjustment names its subject with a link to its page (or the pillar's coverage section)
    for (Element li : items) {
      assertThat(li.select(".subject a[href]")).as("subject of %s", li.text()).hasSize(1);
    }
    // ranked by kind, then by how much is at stake
    List<Review.Kind> kinds = review.adjustments().stream().map(Review.Adjustment::kind).toList();
    assertThat(kinds).isSorted();
    // money returned below cost is named with what else it moved, never only "cut it"
    assertThat(review.adjustments()).filteredOn(a -> a.kind() == Review.Kind.RETURN_BELOW_COST)
        .allSatisfy(a -> assertThat(a.text()).containsAnyOf("it moved", "moved none of its other metrics"));
  }

  @Test
  void aLevelBehindIsNamedByTheChannelsWhereItStandsWorstAndBest() {
    Review.Adjustment care = june.figures().review().adjustments().stream()
        .filter(a -> a.text().startsWith("Median first response time")).findFirst().orElseThrow();
    // first-response-time is an average recorded per channel in care-weekly.csv: no share, but where it stands
    assertThat(care.text()).contains("worst on Facebook (84.3 min) and Instagram (74 min), best on WhatsApp Business (37.2 min)")
        .doesNotContain("not recorded per channel");
  }

  @Test
  void aLevelRecordedOnOneChannelIsNotCalledWorstThere(@TempDir Path dir) {
    // the clean plan records its first response time on X only: here 110 min in May, where about 90 was due by June's end
    CheckResult checked = PlanFixture.clean(dir)
        .write("results/care.yaml", "results:\n  - { date: 2026-05-31, metric: first-response-time, value: 110, channel: x }\n")
        .check(b -> b.asOf("2026-06-30"));
    Review.Adjustment care = checked.figures().review().adjustments().stream()
        .filter(a -> a.text().contains("First response time")).findFirst().orElseThrow();
    assertThat(care.text()).contains("it is recorded on X only (110 min), so there is no other channel to compare it with")
        .doesNotContain("worst", "best on");
  }

  @Test
  void aStrategyGetsItsShareOfTheResultsRecordedPerChannel() {
    // the newsletter channel's revenue is recorded per channel; Lifecycle e-mail's activities run that channel
    Review.Row lifecycle = june.figures().review().strategies().stream().filter(r -> r.id().equals("lifecycle-email")).findFirst().orElseThrow();
    assertThat(lifecycle.moved()).anySatisfy(m -> {
      assertThat(m.metric().id()).isEqualTo("revenue");
      assertThat(m.share()).isPositive();
    });
    // it also serves a level KPI (the repeat purchase rate), which shares cannot judge: no "move effort" for it
    assertThat(lifecycle.judged()).isFalse();
    assertThat(june.figures().review().adjustments()).noneMatch(a -> a.subjectId().equals("lifecycle-email") && a.kind() == Review.Kind.MOVE_EFFORT);
  }

  @Test
  void returnBelowCostNamesWhatItMovedAtTheYearsEnd() {
    Review.Adjustment video = year.figures().review().adjustments().stream()
        .filter(a -> a.subjectId().equals("weekly-trail-video")).findFirst().orElseThrow();
    assertThat(video.kind()).isEqualTo(Review.Kind.RETURN_BELOW_COST);
    // the same figures negative-roi reports: EUR 13,210 for EUR 18,000, ROI -26.6%; and the views it won
    assertThat(video.sentence()).contains("Weekly trail video", "EUR 13,210", "EUR 18,000", "-26.6%", "video-views +",
        "keep it for what it moves");
    // and negative-roi names what it moved too, so nobody reads "cut it" alone
    assertThat(PlanFixture.of(year, Rule.NEGATIVE_ROI)).anySatisfy(f -> assertThat(f.message())
        .contains("EUR 13,210", "EUR 18,000", "-26.6%", "while it moved", "video-views +", "weigh those before cutting it"));
  }

  @Test
  void sharesOfEffortAndResultsAddUpAndAgreeWithTheChart() {
    Review review = june.figures().review();
    double hours = review.channels().stream().mapToDouble(Review.Row::hoursShare).sum();
    assertThat(hours).isCloseTo(100, within(1e-9));
    // results shares of the channels: each metric's shares add to 100%, so their mean does too
    double results = review.channels().stream().mapToDouble(Review.Row::resultsShare).sum();
    assertThat(results).isCloseTo(100, within(1e-9));
    Document d = Sites.page(juneSite, "review.html");
    Element chart = one(d, "figure#review-shares-channel");
    List<Element> rows = chart.select("tbody tr");
    Review.Row instagram = review.channels().stream().filter(r -> r.id().equals("instagram")).findFirst().orElseThrow();
    Element row = rows.stream().filter(r -> cells(r).get(0).equals("Instagram")).findFirst().orElseThrow();
    assertThat(number(cells(row).get(1))).isCloseTo(instagram.hoursShare(), within(0.05));
    assertThat(number(cells(row).get(2))).isCloseTo(instagram.resultsShare(), within(0.05));
    // the channel table shows the same hours as the channel's own page
    Element table = one(d, "section[aria-labelledby=channels-h] table.review");
    Element igRow = table.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().startsWith("Instagram")).findFirst().orElseThrow();
    String hoursShown = igRow.select("td").get(0).ownText();
    Document channelPage = Sites.page(juneSite, "channels/instagram.html");
    assertThat(channelPage.select("dl.facts").text()).contains(hoursShown);
  }

  @Test
  void pillarsShowIntendedPlannedAndAchieved() {
    Document d = Sites.page(juneSite, "review.html");
    Element chart = one(d, "figure#review-allocation");
    assertThat(chart.select("thead th")).extracting(Element::text).containsExactly("Pillar", "Intended", "Planned", "Achieved");
    double achieved = 0;
    for (Element r : chart.select("tbody tr")) {
      achieved += number(cells(r).get(3));
    }
    assertThat(achieved).isCloseTo(100, within(0.3));
    // the dashboard draws the same three series
    Document dash = Sites.page(juneSite, "index.html");
    assertThat(one(dash, "figure#dashboard-allocation").select("thead th")).extracting(Element::text).contains("Achieved");
  }

  @Test
  void campaignChartAgreesWithMisalignedCampaign() {
    // the sample's site at its year-end report date is the one the other site tests render
    MemorySiteOutput site = Sites.render(year);
    Document page = Sites.page(site, "campaigns/fjellrygg-relaunch.html");
    Element figure = one(page, "section[aria-labelledby=moved-h] figure.chart");
    String table = figure.select("tbody").text();
    // misaligned-campaign: revenue +1.5%, newsletter-signups +0.9% barely moved; engagements +50.2%, positive-reviews +39.4%
    String finding = PlanFixture.of(year, Rule.MISALIGNED_CAMPAIGN).get(0).message();
    assertThat(finding).contains("revenue +1.5%", "newsletter-signups +0.9%", "engagements +50.2%", "positive-reviews +39.4%");
    assertThat(table).contains("intended objective's KPI 1.5%", "intended objective's KPI 0.9%", "other metric it touched 50.2%",
        "other metric it touched 39.4%");
    assertThat(one(figure, "figcaption").text()).contains("Every KPI it was meant to move barely moved", "moved other metrics markedly");
    assertThat(one(page, "section[aria-labelledby=moved-h]").text()).contains("judge it by what it achieved");
  }

  @Test
  void aPlanWithoutResultsGetsAReviewPageThatSaysSo(@TempDir Path dir) {
    CheckResult r = PlanFixture.empty(dir).write("plan.yaml", """
        plan:
          id: quiet
          title: Quiet
          organisation: Test
          period: { start: 2026-01-01, end: 2026-12-31 }
          currency: EUR
        metrics:
          - { id: signups, title: Sign-ups, unit: count }
        objectives:
          - id: grow
            title: Grow
            pillar: marketing
            kpis: [{ metric: signups, target: 100 }]
        strategies:
          - { id: s, title: S, serves: [grow] }
        activities:
          - { id: a, title: A, implements: [s], channels: [x], hoursPerWeek: 2 }
        channels:
          - { id: x, title: X }
        campaigns:
          - { id: c, title: C, period: { start: 2026-01-01, end: 2026-03-31 }, intent: [grow], activities: [a] }
        """).check();
    MemorySiteOutput site = Sites.render(r);
    Document d = Sites.page(site, "review.html");
    assertThat(d.select("ol.adjustments li")).isEmpty();
    assertThat(one(d, "section[aria-labelledby=adjust-h]").text()).contains("Nothing to judge yet: the plan has no results");
    assertThat(one(d, "section[aria-labelledby=shares-h]").text()).contains("no share of results to compare");
    assertThat(one(d, "figure#review-shares-channel figcaption").text()).contains("no results to compare with effort yet");
    Document campaign = Sites.page(site, "campaigns/c.html");
    // asOf is the plan's start: the campaign has started that day, nothing is measured on both sides of it
    assertThat(one(campaign, "section[aria-labelledby=moved-h]").text()).contains("Nothing it was meant to move");
  }
}
