package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.analyze.Analysis;
import io.github.socialstrategy.core.analyze.KpiStatus;
import io.github.socialstrategy.core.model.Allocation;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Goal;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.render.Format;
import io.github.socialstrategy.core.render.chart.Charts;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code index.html}: plan health, coverage, allocation, KPI attainment, the findings that matter most. */
final class DashboardPage implements PageRenderer {

  static final int TOP_FINDINGS = 8;

  @Override
  public List<String> templates() {
    return List.of("index.ftlh");
  }

  @Override
  public void render(SiteWriter site) throws IOException, ThemeException {
    SiteContext ctx = site.ctx;
    Analysis a = ctx.analysis();
    Plan plan = ctx.plan();
    var page = ctx.page("index.html");
    Model m = page.base("Dashboard", List.of());

    int goals = 0;
    int covered = 0;
    for (Pillar p : plan.framework().pillars()) {
      for (Goal g : p.goals()) {
        goals++;
        if (a.coverage().activitiesOfGoal(g.id()) > 0) {
          covered++;
        }
      }
    }
    int objectivesWithKpi = 0;
    for (Objective o : plan.objectives().list()) {
      if (!o.kpis().isEmpty()) {
        objectivesWithKpi++;
      }
    }
    m.with("health", Model.of(
        "errors", a.errors(),
        "warnings", a.warnings(),
        "traced", a.tracedActivities(),
        "activities", plan.activities().list().size(),
        "objectives", plan.objectives().list().size(),
        "objectivesWithKpi", objectivesWithKpi,
        "strategies", plan.strategies().list().size(),
        "campaigns", plan.campaigns().list().size(),
        "channels", plan.channels().list().size(),
        "results", Format.count(plan.results().size()),
        "goals", goals,
        "coveredGoals", covered,
        "plannedHours", Format.hours(a.effort().total()),
        "budget", Format.money(a.budget().planned(), ctx.currency()),
        "spent", Format.money(a.budget().spent(), ctx.currency())));
    m.with("description", page.markdown(plan.info() == null ? null : plan.info().description(), 3));

    List<String> pillarNames = new ArrayList<>();
    Map<String, Double> intended = new HashMap<>();
    if (plan.info() != null) {
      for (Allocation al : plan.info().allocation()) {
        intended.put(al.pillar().id(), al.percent());
      }
    }
    double[] want = new double[plan.framework().pillars().size()];
    double[] have = new double[want.length];
    List<Model> pillars = new ArrayList<>();
    int i = 0;
    for (Pillar p : plan.framework().pillars()) {
      pillarNames.add(p.title() == null ? p.id() : p.title());
      want[i] = intended.getOrDefault(p.id(), 0.0);
      have[i] = a.effort().percent(p.id());
      pillars.add(Model.of(
          "id", p.id(),
          "title", p.title() == null ? p.id() : p.title(),
          "objectives", plan.objectivesOf(p).size(),
          "intended", plan.info() != null && plan.info().hasAllocation() ? Format.percent(want[i]) : "",
          "planned", Format.percent(have[i]),
          "hours", Format.hours(a.effort().byPillar().getOrDefault(p.id(), 0.0))));
      i++;
    }
    m.with("pillars", pillars);
    m.with("hasAllocation", plan.info() != null && plan.info().hasAllocation());
    Map<String, Double> achievedBy = a.figures().review().achievedByPillar();
    double[] got = new double[want.length];
    for (int j = 0; j < got.length; j++) {
      got[j] = achievedBy.getOrDefault(plan.framework().pillars().get(j).id(), Double.NaN);
    }
    m.with("allocationChart", site.chart(page, site.charts.allocation("dashboard-allocation", pillarNames, want, have, achievedBy.isEmpty() ? null : got)));

    List<Charts.Bar> bars = new ArrayList<>();
    List<Double> expectedBars = new ArrayList<>();
    List<Model> objectives = new ArrayList<>();
    for (Objective o : plan.objectives().list()) {
      List<Model> kpis = new ArrayList<>();
      double sum = 0;
      double expectedSum = 0;
      int scored = 0;
      int expectedCount = 0;
      for (KpiStatus k : a.kpis()) {
        if (k.objective() == o) {
          kpis.add(Kpis.row(ctx, page, k));
          // A limit counts down (the share of it used), so it is not averaged with attainments that count up.
          if (k.attainment() != null && k.kind() != KpiStatus.Kind.LIMIT) {
            sum += Math.max(0, Math.min(1.5, k.attainment()));
            scored++;
            if (!Double.isNaN(k.expectedAttainment())) {
              expectedSum += Math.max(0, Math.min(1.5, k.expectedAttainment()));
              expectedCount++;
            }
          }
        }
      }
      if (scored > 0) {
        bars.add(new Charts.Bar(o.title() == null ? o.id() : o.title(), 100 * sum / scored));
        expectedBars.add(expectedCount == scored ? 100 * expectedSum / expectedCount : Double.NaN);
      }
      var p = plan.pillarOf(o);
      objectives.add(Model.of(
          "link", page.link("objective", o.id()),
          "pillar", p == null ? "" : (p.title() == null ? p.id() : p.title()),
          "priority", o.priority() == null ? "" : o.priority().keyword(),
          "owner", o.owner() == null ? "" : o.owner(),
          "attainment", scored > 0 ? Format.percent(100 * sum / scored) : "",
          "expected", scored > 0 && expectedCount == scored ? Format.percent(100 * expectedSum / expectedCount) : "",
          "kpis", kpis));
    }
    m.with("objectives", objectives);
    m.with("attainmentChart", site.chart(page, site.charts.attainment("dashboard-attainment", bars,
        expectedBars.stream().mapToDouble(Double::doubleValue).toArray())));
    m.with("adjustments", a.figures().review().adjustments().size());
    m.with("reviewUrl", page.url("review.html"));

    List<Diagnostic> top = new ArrayList<>(a.diagnostics());
    top.sort(SiteContext.IMPORTANCE);
    m.with("findings", page.diagnostics(top.subList(0, Math.min(TOP_FINDINGS, top.size()))));
    m.with("moreFindings", Math.max(0, a.diagnostics().size() - TOP_FINDINGS));
    site.page("index.html", "index.ftlh", m);
  }
}
