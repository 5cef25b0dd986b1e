package io.github.socialstrategy.core.render.site;

import static io.github.socialstrategy.core.render.site.PlanFiles.byId;
import static io.github.socialstrategy.core.render.site.PlanFiles.id;
import static io.github.socialstrategy.core.render.site.PlanFiles.list;
import static io.github.socialstrategy.core.render.site.PlanFiles.map;
import static io.github.socialstrategy.core.render.site.PlanFiles.title;
import static io.github.socialstrategy.core.render.site.Sites.cells;
import static io.github.socialstrategy.core.render.site.Sites.count;
import static io.github.socialstrategy.core.render.site.Sites.number;
import static io.github.socialstrategy.core.render.site.Sites.one;
import static io.github.socialstrategy.core.render.site.Sites.percent;
import static io.github.socialstrategy.core.render.site.Sites.rowsOfSection;
import static io.github.socialstrategy.core.render.site.Sites.target;
import static io.github.socialstrategy.core.render.site.Sites.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.analyze.Effort;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample project's site, page kind by page kind: the key elements are there and show the figures that
 * the plan files give, computed here without the engine ({@link PlanFiles}).
 */
class SampleSiteTest {

  /** The built-in framework's pillar titles, as the site shows them. */
  private static final Map<String, String> PILLAR_TITLES = Map.of(
      "marketing", "Marketing / Awareness",
      "service", "Customer Service & Support",
      "sales", "Sales",
      "intelligence", "Market & Customer Intelligence");

  private static CheckResult checked;
  private static MemorySiteOutput site;
  private static PlanFiles plan;
  private static LocalDate asOf;

  @BeforeAll
  static void renderSample() {
    checked = Sites.check(Sites.SAMPLE);
    site = Sites.render(checked);
    plan = PlanFiles.read(Sites.SAMPLE);
    asOf = LocalDate.parse((String) plan.plan.get("asOf"));
  }

  private static Document page(String path) {
    return Sites.page(site, path);
  }

  private static List<String> pageTargets(String kind, List<String> ids) {
    return ids.stream().map(i -> kind + "/" + i + ".html").toList();
  }

  // ---- dashboard

  @Test
  void dashboardHealthCardsShowAnErrorFreeFullyTracedPlan() {
    Element health = one(page("index.html"), "section[aria-labelledby=health-h]");
    int activities = plan.activities.size();
    int objectives = plan.objectives.size();
    int goals = PlanFiles.FOUR_PILLARS.values().stream().mapToInt(List::size).sum();

    assertThat(activities).as("the sample as the site promises it").isEqualTo(40);
    assertThat(checked.errors()).isZero();
    assertThat(health.select("li.card").eachText()).containsExactly(
        "0 errors",
        checked.warnings() + " warnings",
        activities + " of " + activities + " activities trace to an objective",
        objectives + " of " + objectives + " objectives have KPIs",
        goals + " of " + goals + " framework goals have activities");
    // every card is good, except the warnings card when the rules found something to warn about
    assertThat(health.select("li.card").not(":contains(warnings)"))
        .allSatisfy(card -> assertThat(card.hasClass("card-good")).as(card.text()).isTrue());
    assertThat(health.select("p").text())
        .contains(plan.strategies.size() + " strategies", plan.campaigns.size() + " campaigns on " + plan.channels.size() + " channels")
        .contains("budget EUR " + count(plan.activityBudgets()), "recorded spend EUR " + count(plan.totalCost()))
        .contains(count(plan.results.size() + imported()) + " result rows");
  }

  @Test
  void dashboardListsEveryObjectiveWithItsKpiRows() {
    Document d = page("index.html");
    List<Element> articles = d.select("article.objective-summary");

    assertThat(articles).extracting(a -> one(a, "h3 a").text()).containsExactlyElementsOf(plan.objectives.stream().map(PlanFiles::title).toList());
    for (int i = 0; i < articles.size(); i++) {
      Map<String, Object> o = plan.objectives.get(i);
      Element a = articles.get(i);
      assertThat(target("index.html", one(a, "h3 a").attr("href"))).isEqualTo("objectives/" + id(o) + ".html");
      assertThat(one(a, "p.meta").text()).contains(PILLAR_TITLES.get((String) o.get("pillar")), (String) o.get("owner"));
      List<String> metrics = plan.kpis().stream().filter(k -> k[0].equals(id(o))).map(k -> "metrics/" + k[1] + ".html").toList();
      assertThat(targets("index.html", one(a, "table.kpis"), "tbody tr a[href]")).as("KPI metrics of %s", id(o)).containsExactlyElementsOf(metrics);
    }
    Element attainment = one(d, "figure#dashboard-attainment img");
    assertThat(site.files()).containsKey(target("index.html", attainment.attr("src")));
  }

  @Test
  void dashboardAllocationShowsIntendedAndPlannedSharePerPillar() {
    Element section = one(page("index.html"), "section[aria-labelledby=alloc-h]");
    Map<String, Double> planned = plan.percentByPillar();
    Map<String, Double> hours = plan.hoursByPillar();
    List<String> pillars = List.copyOf(PlanFiles.FOUR_PILLARS.keySet());

    // the chart: an image of the site, with its numbers as a table
    Element img = one(section, "figure#dashboard-allocation img");
    assertThat(img.attr("src")).isEqualTo("charts/dashboard-allocation.svg");
    assertThat(site.files()).containsKey("charts/dashboard-allocation.svg");
    assertThat(img.attr("alt")).isNotBlank();
    List<Element> chartRows = one(section, "figure#dashboard-allocation table").select("tbody tr");
    assertThat(chartRows).hasSize(4);
    for (int i = 0; i < 4; i++) {
      List<String> c = cells(chartRows.get(i));
      assertThat(c.get(0)).isEqualTo(PILLAR_TITLES.get(pillars.get(i)));
      assertThat(number(c.get(1))).isCloseTo(plan.intended(pillars.get(i)), within(1e-9));
      assertThat(number(c.get(2))).as("planned share of %s", pillars.get(i)).isCloseTo(planned.get(pillars.get(i)), within(0.051));
    }

    // the pillar table beside it
    List<Element> rows = one(section, "table:has(caption)").select("tbody tr");
    assertThat(rows).hasSize(4);
    for (int i = 0; i < 4; i++) {
      String p = pillars.get(i);
      long objectives = plan.objectives.stream().filter(o -> p.equals(o.get("pillar"))).count();
      assertThat(cells(rows.get(i))).containsExactly(
          PILLAR_TITLES.get(p), String.valueOf(objectives), percent(plan.intended(p)), percent(planned.get(p)), count(hours.get(p)) + " h");
    }
    // the engine's effort figures agree with the computation from the files
    Effort effort = Effort.of(checked.plan());
    pillars.forEach(p -> assertThat(effort.percent(p)).as(p).isCloseTo(planned.get(p), within(1e-9)));
  }

  // ---- coverage

  @Test
  void coverageHasOneTablePerPillarWithEveryGoalAndNoGap() {
    Document c = page("coverage.html");
    List<Element> sections = c.select("section[aria-labelledby^=pillar-]");

    assertThat(sections).extracting(s -> s.attr("aria-labelledby"))
        .containsExactlyElementsOf(PlanFiles.FOUR_PILLARS.keySet().stream().map(p -> "pillar-" + p).toList());
    for (Element s : sections) {
      String pillar = s.attr("aria-labelledby").substring("pillar-".length());
      assertThat(one(s, "h2").text()).isEqualTo(PILLAR_TITLES.get(pillar));
      assertThat(s.select("table.coverage")).hasSize(1);
      Element table = one(s, "table.coverage");
      assertThat(table.select("tbody tr > th[scope=row]")).extracting(th -> th.ownText().trim())
          .containsExactlyElementsOf(PlanFiles.FOUR_PILLARS.get(pillar));
      List<String> channelColumns = targets("coverage.html", table, "thead th a[href]");
      assertThat(channelColumns).containsExactlyElementsOf(pageTargets("channels", plan.ids(plan.channels)));
    }
    assertThat(c.select("tr.gap, .badge:containsOwn(gap)")).isEmpty();
    assertThat(one(c, "p.lede").text()).contains("There are no gaps: every goal has at least one activity");
    assertThat(site.files()).containsKey(target("coverage.html", one(c, "figure#coverage-heatmap img").attr("src")));
  }

  // ---- traceability

  @Test
  void traceabilityMatrixHasARowPerActivityMarkingTheObjectivesItReaches() {
    Document t = page("traceability.html");
    Element matrix = one(t, "table.matrix");
    List<String> objectiveIds = plan.ids(plan.objectives);

    assertThat(targets("traceability.html", matrix, "thead th a[href]")).containsExactlyElementsOf(pageTargets("objectives", objectiveIds));
    List<Element> rows = matrix.select("tbody > tr");
    assertThat(rows).extracting(r -> target("traceability.html", one(r, "th a").attr("href")))
        .containsExactlyElementsOf(pageTargets("activities", plan.ids(plan.activities)));
    for (int i = 0; i < rows.size(); i++) {
      List<Element> tds = rows.get(i).select("> td");
      assertThat(tds).hasSize(objectiveIds.size());
      Set<String> marked = new TreeSet<>();
      for (int j = 0; j < tds.size(); j++) {
        if (tds.get(j).hasClass("traced")) {
          marked.add(objectiveIds.get(j));
        }
      }
      Map<String, Object> activity = plan.activities.get(i);
      assertThat(marked).as("objectives of %s", id(activity)).isEqualTo(new TreeSet<>(plan.objectivesOf(activity)));
    }
    assertThat(matrix.select("tr.untraced")).isEmpty();
  }

  @Test
  void traceabilityDiagramIsInlineSvgLinkingEveryEntity() {
    Document t = page("traceability.html");
    Element svg = one(t, "figure.diagram svg");
    List<String> links = targets("traceability.html", svg, "a[href]");

    assertThat(svg.selectFirst("title")).isNotNull();
    assertThat(links)
        .containsAll(pageTargets("strategies", plan.ids(plan.strategies)))
        .containsAll(pageTargets("objectives", plan.ids(plan.objectives)))
        .containsAll(pageTargets("activities", plan.ids(plan.activities)));
    assertThat(links).allSatisfy(l -> assertThat(site.files()).containsKey(l));
  }

  // ---- schedule

  @Test
  void scheduleHasATimelineChartAndTheCampaignsWithTheirDates() {
    Document s = page("schedule.html");
    Element img = one(s, "figure#schedule-timeline img");
    assertThat(site.files()).containsKey(target("schedule.html", img.attr("src")));

    List<Element> rows = rowsOfSection(s, "campaigns-h");
    assertThat(rows).hasSize(plan.campaigns.size());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> c = plan.campaigns.get(i);
      Map<String, Object> period = map(c, "period");
      assertThat(target("schedule.html", one(rows.get(i), "a").attr("href"))).isEqualTo("campaigns/" + id(c) + ".html");
      assertThat(cells(rows.get(i))).startsWith(title(c), (String) period.get("start"), (String) period.get("end"));
      // every campaign of the sample has ended by the report date (31 December)
      assertThat(cells(rows.get(i)).get(3)).isEqualTo("finished");
    }
    assertThat(rowsOfSection(s, "activities-h")).hasSize(plan.activities.size());
  }

  // ---- results

  @Test
  void resultsHaveAKpiRowPerKpiWithActualAndAttainment() {
    Document r = page("results.html");
    List<Element> rows = one(r, "section[aria-labelledby=kpis-h] table.kpis").select("tbody > tr");
    List<String[]> kpis = plan.kpis();

    assertThat(rows).hasSize(kpis.size());
    for (int i = 0; i < rows.size(); i++) {
      Element row = rows.get(i);
      String[] k = kpis.get(i);
      assertThat(targets("results.html", row, "a[href]")).containsExactly("objectives/" + k[0] + ".html", "metrics/" + k[1] + ".html");
      List<Element> td = row.select("> td");
      boolean cumulative = td.get(1).select(".sub").text().startsWith("total");
      double baseline = number(td.get(2).ownText());
      double target = number(td.get(3).ownText());
      String actualShown = td.get(4).ownText();
      double actual = number(actualShown);
      String[] attainmentWords = td.get(5).ownText().trim().split(" ");
      double attainment = number(attainmentWords[0]);
      // from the figures the page shows, which are rounded: allow for half a unit of the actual's last shown
      // digit, and for the attainment's own rounding. A total counts from zero; a level from its baseline.
      double expected = cumulative ? 100 * actual / target : 100 * (actual - baseline) / (target - baseline);
      double tolerance = 100 * halfUnit(actualShown) / Math.abs(cumulative ? target : target - baseline) + 0.051;
      assertThat(attainment).as("attainment of %s/%s", k[0], k[1]).isCloseTo(expected, within(tolerance));
      String status = td.get(5).select(".status").text();
      if (attainment >= 100) {
        assertThat(status).containsIgnoringCase("met");
      } else {
        // the sample's report date is its period's end: every KPI is due, final, and has no pace
        assertThat(status).isEqualTo("Missed");
      }
      assertThat(td.get(6).text()).as("no pace once due").isEmpty();
    }
    // a sum metric, added up here from its CSV rows
    Element signups = rows.get(indexOfKpi(kpis, "newsletter-signups"));
    assertThat(signups.select("> td").get(4).ownText()).isEqualTo(count(plan.sum("newsletter-signups", asOf))).isEqualTo("21,618");
  }

  /** Half a unit of the last digit of a shown number: 0.005 for {@code 1.76%}, 0.5 for {@code 21,618}. */
  private static double halfUnit(String shown) {
    String digits = shown.replaceAll("[^0-9.]", "");
    int dot = digits.indexOf('.');
    return 0.5 * Math.pow(10, dot < 0 ? 0 : -(digits.length() - dot - 1));
  }

  private static int indexOfKpi(List<String[]> kpis, String metric) {
    for (int i = 0; i < kpis.size(); i++) {
      if (kpis.get(i)[1].equals(metric)) {
        return i;
      }
    }
    throw new AssertionError("no KPI on " + metric);
  }

  @Test
  void resultsShowBudgetTotalsAndEveryCampaignsBudget() {
    Element budget = one(page("results.html"), "section[aria-labelledby=budget-h]");

    assertThat(one(budget, "p").text())
        .contains("EUR " + count(plan.activityBudgets()))
        .contains("EUR " + count(plan.totalCost()));
    List<Element> campaignRows = one(budget, "table:has(th:containsOwn(Campaign))").select("tbody > tr");
    assertThat(campaignRows).hasSize(plan.campaigns.size());
    for (int i = 0; i < campaignRows.size(); i++) {
      Map<String, Object> c = plan.campaigns.get(i);
      assertThat(cells(campaignRows.get(i)).subList(0, 2)).containsExactly(title(c), "EUR " + count(((Number) c.get("budget")).doubleValue()));
    }
    for (Element img : budget.select("figure img")) {
      assertThat(site.files()).containsKey(target("results.html", img.attr("src")));
    }
  }

  @Test
  void resultsShowReturnOnInvestmentAsReturnLessCostOverCost() {
    Element roi = one(page("results.html"), "section[aria-labelledby=roi-h]");
    List<Element> rows = roi.select("table.money tbody > tr");
    assertThat(roi.select("h3[id]").eachAttr("id")).contains("roi-activity", "roi-channel", "roi-campaign");
    assertThat(rows).hasSizeGreaterThan(plan.campaigns.size());

    for (Element row : rows) {
      // own text: a cost may carry a note ("planned budget to date") in a child element
      List<String> c = row.select("> th, > td").stream().map(e -> e.ownText().trim()).toList();
      if (c.get(4).matches("-?[0-9.,]+%")) {
        double cost = number(c.get(2));
        double ret = number(c.get(3));
        assertThat(number(c.get(4))).as("ROI of %s", row.text()).isCloseTo(100 * (ret - cost) / cost, within(100 * 0.5 / cost * (1 + ret / cost) + 0.051));
      }
    }
    // the whole plan: its financial return is every result of a financial metric, added up here
    List<String> whole = cells(one(roi, "table.money:has(caption) tbody > tr"));
    double financial = plan.metrics.stream().filter(m -> Boolean.TRUE.equals(m.get("financial")))
        .mapToDouble(m -> plan.sum(id(m), asOf)).sum();
    assertThat(whole.get(0)).isEqualTo("Whole plan");
    assertThat(whole.get(1)).isEqualTo("EUR " + count(plan.activityBudgets()));
    // Cost rolls up part by part (recorded where recorded, else the planned budget to date): the engine's figure.
    assertThat(whole.get(2)).startsWith("EUR " + count(checked.figures().money().plan().cost()));
    assertThat(whole.get(3)).isEqualTo("EUR " + count(financial));
  }

  // ---- diagnostics

  @Test
  void diagnosticsOfTheSampleListEveryFindingOnceByFileAndOnceByRule() {
    Document d = page("diagnostics.html");
    int n = checked.diagnostics().size();

    assertThat(one(d, "main p.lede").text()).startsWith(n + " findings: 0 errors, " + checked.warnings() + " warnings");
    assertThat(one(d, "section[aria-labelledby=by-file]").select("table.findings tbody > tr")).hasSize(n);
    assertThat(one(d, "section[aria-labelledby=by-rule]").select("table.findings tbody > tr")).hasSize(n);
  }

  // ---- entity pages

  @Test
  void everyEntityHasItsPageWithItsTitle() {
    Map<String, List<Map<String, Object>>> kinds = Map.of(
        "objectives", plan.objectives, "strategies", plan.strategies, "activities", plan.activities,
        "campaigns", plan.campaigns, "channels", plan.channels, "metrics", plan.metrics);
    kinds.forEach((dir, entities) -> {
      for (Map<String, Object> e : entities) {
        Document d = page(dir + "/" + id(e) + ".html");
        assertThat(one(d, "main h1").text()).isEqualTo(title(e));
        assertThat(one(d, "header.entity-head code").text()).isEqualTo(id(e));
      }
      long written = site.files().keySet().stream().filter(p -> p.startsWith(dir + "/")).count();
      assertThat(written).as("pages under %s", dir).isEqualTo(entities.size());
    });
  }

  @Test
  void objectivePageListsItsStrategiesWithTheirActivities() {
    for (Map<String, Object> o : plan.objectives) {
      String path = "objectives/" + id(o) + ".html";
      Document d = page(path);
      List<Element> items = one(d, "section[aria-labelledby=trace-h] ul.trace").select("> li");
      List<String> strategies = plan.strategiesOf(id(o));
      assertThat(items).hasSize(strategies.size());
      Set<String> allActivities = new LinkedHashSet<>();
      for (int i = 0; i < items.size(); i++) {
        List<String> links = targets(path, items.get(i), "a[href]");
        List<String> activities = plan.activitiesOf(strategies.get(i));
        allActivities.addAll(activities);
        assertThat(links.get(0)).isEqualTo("strategies/" + strategies.get(i) + ".html");
        assertThat(links.subList(1, links.size())).as("activities of %s", strategies.get(i))
            .containsExactlyElementsOf(pageTargets("activities", activities));
      }
      assertThat(one(d, "section[aria-labelledby=trace-h]").text()).contains(allActivities.size() + " activities in all.");
      long kpis = plan.kpis().stream().filter(k -> k[0].equals(id(o))).count();
      assertThat(d.select("section[aria-labelledby=kpis-h] table.kpis tbody > tr")).hasSize((int) kpis);
      assertThat(facts(d)).containsEntry("Pillar", PILLAR_TITLES.get((String) o.get("pillar"))).containsEntry("Owner", (String) o.get("owner"));
    }
  }

  @Test
  void activityPageShowsItsStrategiesAndTheObjectivesTheyServe() {
    for (Map<String, Object> a : plan.activities) {
      String path = "activities/" + id(a) + ".html";
      Document d = page(path);
      Element trace = one(d, "section[aria-labelledby=trace-h]");
      List<Element> items = one(trace, "ul.trace").select("> li");
      List<String> strategies = list(a, "implements");
      assertThat(items).hasSize(strategies.size());
      for (int i = 0; i < items.size(); i++) {
        List<String> links = targets(path, items.get(i), "a[href]");
        assertThat(links.get(0)).isEqualTo("strategies/" + strategies.get(i) + ".html");
        assertThat(links.subList(1, links.size())).as("objectives of %s", strategies.get(i))
            .containsExactlyInAnyOrderElementsOf(pageTargets("objectives", list(byId(plan.strategies, strategies.get(i)), "serves")));
      }
      Element reached = one(trace, "p:containsOwn(Objectives reached)");
      assertThat(targets(path, reached, "a[href]")).containsExactlyInAnyOrderElementsOf(pageTargets("objectives", plan.objectivesOf(a)));
      Element channels = one(d, "section[aria-labelledby=where-h] p:containsOwn(Channels)");
      if (list(a, "channels").isEmpty()) {
        assertThat(channels.text()).contains("none");
      } else {
        assertThat(targets(path, channels, "a[href]")).containsExactlyInAnyOrderElementsOf(pageTargets("channels", list(a, "channels")));
      }
      if (a.containsKey("owner")) {
        assertThat(facts(d)).containsEntry("Owner", (String) a.get("owner"));
      }
      assertThat(facts(d)).containsEntry("Planned effort", count(plan.plannedHours(a)) + " h");
    }
  }

  @Test
  void strategyPageShowsWhatItServesAndWhatImplementsIt() {
    for (Map<String, Object> s : plan.strategies) {
      String path = "strategies/" + id(s) + ".html";
      Document d = page(path);
      assertThat(targets(path, one(d, "section[aria-labelledby=serves-h]"), "a[href]"))
          .containsExactlyInAnyOrderElementsOf(pageTargets("objectives", list(s, "serves")));
      assertThat(targets(path, one(d, "section[aria-labelledby=acts-h]"), "li > a[href]"))
          .containsExactlyElementsOf(pageTargets("activities", plan.activitiesOf(id(s))));
    }
  }

  @Test
  void channelPageListsTheActivitiesOnIt() {
    for (Map<String, Object> c : plan.channels) {
      String path = "channels/" + id(c) + ".html";
      Document d = page(path);
      List<String> expected = plan.activities.stream().filter(a -> list(a, "channels").contains(id(c))).map(PlanFiles::id).toList();
      assertThat(targets(path, one(d, "section[aria-labelledby=acts-h]"), "a[href]"))
          .as("activities on %s", id(c))
          .containsExactlyInAnyOrderElementsOf(pageTargets("activities", expected));
      if (c.containsKey("url")) {
        assertThat(d.select("main a[href]").eachAttr("href")).contains((String) c.get("url"));
      }
    }
  }

  @Test
  void campaignPageShowsDatesIntentAndActivities() {
    for (Map<String, Object> c : plan.campaigns) {
      String path = "campaigns/" + id(c) + ".html";
      Document d = page(path);
      Map<String, Object> period = map(c, "period");
      assertThat(facts(d))
          .containsEntry("Start", (String) period.get("start"))
          .containsEntry("End", (String) period.get("end"))
          .containsEntry("Budget", "EUR " + count(((Number) c.get("budget")).doubleValue()));
      assertThat(targets(path, one(d, "section[aria-labelledby=intent-h]"), "a[href]"))
          .containsExactlyInAnyOrderElementsOf(pageTargets("objectives", list(c, "intent")));
      assertThat(targets(path, one(d, "section[aria-labelledby=acts-h]"), "a[href]"))
          .containsExactlyInAnyOrderElementsOf(pageTargets("activities", list(c, "activities")));
    }
  }

  @Test
  void metricPageShowsItsKpisOrItsSeries() {
    for (Map<String, Object> m : plan.metrics) {
      String path = "metrics/" + id(m) + ".html";
      Document d = page(path);
      long kpis = plan.kpis().stream().filter(k -> k[1].equals(id(m))).count();
      assertThat(facts(d)).containsEntry("Unit", (String) m.get("unit"));
      if (kpis > 0) {
        assertThat(d.select("section[aria-labelledby=kpis-h] table.kpis tbody > tr")).as("KPIs on %s", id(m)).hasSize((int) kpis);
      } else {
        Element img = one(d, "section[aria-labelledby=series-h] figure img");
        assertThat(site.files()).containsKey(target(path, img.attr("src")));
      }
      if (m.containsKey("formula")) {
        assertThat(facts(d)).containsEntry("Formula", (String) m.get("formula"));
      }
    }
  }

  /** The facts list ({@code dl.facts}) of an entity page: term to description. */
  private static Map<String, String> facts(Document d) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (Element div : d.select("dl.facts > div")) {
      out.put(one(div, "dt").text(), one(div, "dd").text());
    }
    return out;
  }

  // ---- narrative pages

  @Test
  void narrativePagesAreRenderedWithEntityLinksMadeRelative() {
    assertThat(site.files().keySet().stream().filter(p -> p.startsWith("pages/")))
        .containsExactly("pages/governance.html", "pages/measurement.html", "pages/overview.html");
    Document d = page("pages/overview.html");

    assertThat(one(d, "main h1").text()).isEqualTo("Northwind Trail Co. — social plan 2026 at a glance");
    assertThat(d.select("main table.md-table")).isNotEmpty();
    assertThat(d.select("a.entity-link").eachAttr("href"))
        .contains("../objectives/grow-brand-awareness.html", "../strategies/community-first.html", "../campaigns/spring-trail-launch.html",
            "../channels/basecamp-forum.html", "../metrics/revenue.html", "../activities/tiktok-shop-live.html", "../pages/measurement.html");
    for (String p : List.of("pages/overview.html", "pages/measurement.html", "pages/governance.html")) {
      Document page = page(p);
      assertThat(page.select(".broken-link")).as(p).isEmpty();
      assertThat(targets(p, page, "a.entity-link")).as(p).isNotEmpty().allSatisfy(t -> assertThat(site.files()).containsKey(t));
      // the markdown is rendered, not shown as source
      assertThat(one(page, "main").text()).doesNotContain("](");
    }
    assertThat(one(d, "p.source").text()).contains("pages/overview.md");
  }

  // ---- plan.json

  @Test
  void planJsonIsJsonWithStableKeysAndTheCounts() {
    Map<String, Object> root = Json.object(Json.parse(site.text("plan.json")));

    assertThat(root.keySet()).containsExactly(
        "formatVersion", "plan", "health", "framework", "objectives", "strategies", "activities", "campaigns", "channels", "metrics", "imports", "diagnostics",
        "review");
    assertThat(Json.array(Json.object(root.get("review")).get("adjustments"))).hasSize(checked.figures().review().adjustments().size());
    assertThat(root.get("formatVersion")).isEqualTo(2.0);
    Map<String, Object> p = Json.object(root.get("plan"));
    assertThat(p.keySet()).containsExactly("id", "title", "organisation", "start", "end", "currency", "asOf", "allocation");
    assertThat(p).containsEntry("id", "northwind-social-2026").containsEntry("currency", "EUR").containsEntry("asOf", "2026-12-31");
    assertThat(Json.object(p.get("allocation")).keySet()).containsExactly("marketing", "service", "sales", "intelligence");
    assertThat(Json.object(root.get("health")))
        .containsEntry("errors", 0.0).containsEntry("warnings", (double) checked.warnings())
        .containsEntry("activities", (double) plan.activities.size())
        .containsEntry("tracedActivities", (double) plan.activities.size())
        .containsEntry("results", (double) (plan.results.size() + imported()));

    assertThat(ids(root, "objectives")).containsExactlyElementsOf(plan.ids(plan.objectives));
    assertThat(ids(root, "strategies")).containsExactlyElementsOf(plan.ids(plan.strategies));
    assertThat(ids(root, "activities")).containsExactlyElementsOf(plan.ids(plan.activities));
    assertThat(ids(root, "campaigns")).containsExactlyElementsOf(plan.ids(plan.campaigns));
    assertThat(ids(root, "channels")).containsExactlyElementsOf(plan.ids(plan.channels));
    assertThat(ids(root, "metrics")).containsExactlyElementsOf(plan.ids(plan.metrics));
    assertThat(Json.array(root.get("diagnostics"))).hasSize(checked.diagnostics().size());

    // every entity of a kind has the same keys in the same order
    for (String kind : List.of("objectives", "strategies", "activities", "campaigns", "channels", "metrics")) {
      List<Object> entities = Json.array(root.get(kind));
      List<String> first = new ArrayList<>(Json.object(entities.get(0)).keySet());
      assertThat(first).as(kind).startsWith("id", "title");
      entities.forEach(e -> assertThat(new ArrayList<>(Json.object(e).keySet())).as(kind).isEqualTo(first));
    }

    Map<String, Double> planned = plan.percentByPillar();
    for (Object o : Json.array(Json.object(root.get("framework")).get("pillars"))) {
      Map<String, Object> pillar = Json.object(o);
      assertThat((Double) pillar.get("plannedPercent")).as("%s", pillar.get("id"))
          .isCloseTo(planned.get((String) pillar.get("id")), within(0.0006));
    }
  }

  private static List<Object> ids(Map<String, Object> root, String kind) {
    return Json.array(root.get(kind)).stream().map(e -> Json.object(e).get("id")).toList();
  }

  // ---- every page

  @Test
  void everyHtmlPageHasTheNavigationAndBreadcrumbsButNoErrorBanner() {
    List<String> paths = Sites.htmlPaths(site);
    assertThat(paths).hasSizeGreaterThan(100);
    for (String path : paths) {
      Document d = page(path);
      Element nav = one(d, "nav.main-nav");
      assertThat(targets(path, nav, "a[href]")).as("navigation of %s", path).containsExactlyElementsOf(Sites.TOP_PAGES);
      List<String> current = targets(path, nav, "a[aria-current=page]");
      assertThat(current).as("current page in the navigation of %s", path)
          .isEqualTo(Sites.TOP_PAGES.contains(path) ? List.of(path) : List.of());
      if (path.equals("index.html")) {
        assertThat(d.select("nav.crumbs")).isEmpty();
      } else {
        List<Element> crumbs = one(d, "nav.crumbs ol").select("> li");
        assertThat(crumbs.size()).as("breadcrumbs of %s", path).isGreaterThanOrEqualTo(2);
        assertThat(target(path, one(crumbs.get(0), "a").attr("href"))).isEqualTo("index.html");
        assertThat(crumbs.get(0).text()).isEqualTo("Dashboard");
        Element last = crumbs.get(crumbs.size() - 1);
        assertThat(last.attr("aria-current")).isEqualTo("page");
        assertThat(d.title()).as("title of %s", path).startsWith(last.text() + " · ");
      }
      assertThat(d.select(".banner")).as("error banner on %s", path).isEmpty();
      assertThat(target(path, one(d, "head link[rel=stylesheet]").attr("href"))).isEqualTo("assets/site.css");
      assertThat(one(d, "footer").text()).contains("northwind-social-2026");
    }
    assertThat(site.files()).containsKey("assets/site.css");
  }

  @Test
  void everyLinkAndImageInsideTheSiteResolvesToAFileOfTheSite() {
    List<String> broken = new ArrayList<>();
    Set<String> referencedCharts = new TreeSet<>();
    for (String path : Sites.htmlPaths(site)) {
      Document d = page(path);
      for (Element e : d.select("a[href], img[src], link[href]")) {
        String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
        String t = target(path, url);
        if (t != null && !site.files().containsKey(t)) {
          broken.add(path + " -> " + url);
        }
        if (t != null && t.startsWith("charts/")) {
          referencedCharts.add(t);
        }
      }
    }
    assertThat(broken).isEmpty();
    assertThat(site.files().keySet().stream().filter(p -> p.startsWith("charts/")))
        .as("every chart written is shown on some page")
        .containsExactlyInAnyOrderElementsOf(referencedCharts);
  }

  /** Result rows the engine read from the platform exports that PlanFiles does not parse, summed per day. */
  private static int imported() {
    java.util.Set<String> exports = new java.util.HashSet<>();
    plan.imports.forEach(i -> exports.add(String.valueOf(i.get("file"))));
    exports.removeAll(plan.readExports);
    return (int) checked.plan().results().stream().filter(r -> exports.contains(r.file().planPath())).count();
  }
}
