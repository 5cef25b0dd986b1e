package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.analyze.Analysis;
import io.github.socialstrategy.core.analyze.Budget;
import io.github.socialstrategy.core.analyze.KpiStatus;
import io.github.socialstrategy.core.analyze.MetricSeries;
import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.analyze.Coverage;
import io.github.socialstrategy.core.render.Format;
import io.github.socialstrategy.core.render.chart.Chart;
import io.github.socialstrategy.core.render.chart.Charts;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@code results.html}: every KPI over time against baseline and target; budget and spend. */
final class ResultsPage implements PageRenderer {

  @Override
  public List<String> templates() {
    return List.of("results.ftlh");
  }

  @Override
  public void render(SiteWriter site) throws IOException, ThemeException {
    SiteContext ctx = site.ctx;
    Analysis a = ctx.analysis();
    Plan plan = ctx.plan();
    var page = ctx.page("results.html");
    Model m = page.base("Results", List.of());
    List<Model> kpis = new ArrayList<>();
    int n = 0;
    for (KpiStatus k : a.kpis()) {
      Model row = Kpis.row(ctx, page, k);
      row.with("chart", site.chart(page, KpiChart.of(site, "results-kpi-" + (++n), k)));
      kpis.add(row);
    }
    m.with("kpis", kpis);
    m.with("budget", budget(site, page, "results"));
    m.with("roi", RoiTables.sections(ctx, page));
    m.with("roiChart", site.chart(page, roiByChannel(site)));
    Model planMoney = RoiTables.row(ctx, Model.of("label", "Whole plan"), a.money().plan());
    m.with("planMoney", planMoney);
    List<Model> performance = page.diagnostics(a.diagnostics().stream().filter(d -> d.rule().aboutResults()).toList());
    m.with("performanceFindings", performance);
    m.with("imports", ImportsTable.rows(ctx, page));
    site.page("results.html", "results.ftlh", m);
  }

  /** Cost against financial return by channel. */
  static Chart roiByChannel(SiteWriter site) {
    SiteContext ctx = site.ctx;
    List<String> names = new ArrayList<>();
    List<Double> cost = new ArrayList<>();
    List<Double> ret = new ArrayList<>();
    for (var c : ctx.plan().channels().list()) {
      var m = io.github.socialstrategy.core.analyze.MoneyFigures.get(ctx.analysis().money().byChannel(), c.id());
      // ROI is judged only where there are financial results; the others are judged by their benefits.
      if (m.returnDays() > 0) {
        names.add(ctx.title("channel", c.id()));
        cost.add(m.cost());
        ret.add(m.financialReturn());
      }
    }
    return site.charts.roi("results-roi-channel", "Cost and financial return by channel", ctx.currency(), names,
        cost.stream().mapToDouble(Double::doubleValue).toArray(), ret.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Budget and spend by pillar, channel, activity and campaign. */
  static Model budget(SiteWriter site, SiteContext.PageWriter page, String prefix) throws IOException {
    SiteContext ctx = site.ctx;
    Plan plan = ctx.plan();
    Budget b = ctx.analysis().budget();
    String cur = ctx.currency();
    List<String> pillarNames = new ArrayList<>();
    double[] pp = new double[plan.framework().pillars().size()];
    double[] ps = new double[pp.length];
    int i = 0;
    for (Pillar p : plan.framework().pillars()) {
      pillarNames.add(p.title() == null ? p.id() : p.title());
      pp[i] = b.plannedByPillar().getOrDefault(p.id(), 0.0);
      ps[i] = b.spentByPillar().getOrDefault(p.id(), 0.0);
      i++;
    }
    List<String> channelNames = new ArrayList<>();
    List<String> channelIds = new ArrayList<>(plan.channels().list().stream().map(c -> c.id()).toList());
    channelIds.add(Coverage.NO_CHANNEL);
    List<Double> cp = new ArrayList<>();
    List<Double> cs = new ArrayList<>();
    for (String c : channelIds) {
      double planned = b.plannedByChannel().getOrDefault(c, 0.0);
      double spent = b.spentByChannel().getOrDefault(c, 0.0);
      if (planned == 0 && spent == 0) {
        continue;
      }
      channelNames.add(c.isEmpty() ? "No channel" : ctx.title("channel", c));
      cp.add(planned);
      cs.add(spent);
    }
    List<Model> activities = new ArrayList<>();
    for (Activity a : plan.activities().list()) {
      double spent = io.github.socialstrategy.core.analyze.MoneyFigures.get(ctx.analysis().money().byActivity(), a.id()).recordedCost();
      if (a.budget() == null && spent == 0) {
        continue;
      }
      activities.add(Model.of(
          "link", page.link("activity", a.id()),
          "planned", a.budget() == null ? "–" : Format.money(a.budget(), cur),
          "spent", Format.money(spent, cur),
          "over", a.budget() != null && spent > a.budget()));
    }
    List<Model> campaigns = new ArrayList<>();
    for (Campaign c : plan.campaigns().list()) {
      double spent = io.github.socialstrategy.core.analyze.MoneyFigures.get(ctx.analysis().money().byCampaign(), c.id()).recordedCost();
      campaigns.add(Model.of(
          "link", page.link("campaign", c.id()),
          "planned", c.budget() == null ? "–" : Format.money(c.budget(), cur),
          "spent", Format.money(spent, cur),
          "over", c.budget() != null && spent > c.budget()));
    }
    return Model.of(
        "planned", Format.money(b.planned(), cur),
        "spent", Format.money(b.spent(), cur),
        "byPillar", site.chart(page, site.charts.budget(prefix + "-budget-pillar", "Budget and spend by pillar", cur, pillarNames, pp, ps)),
        "byChannel", site.chart(page, site.charts.budget(prefix + "-budget-channel", "Budget and recorded spend by channel", cur, channelNames,
            cp.stream().mapToDouble(Double::doubleValue).toArray(), cs.stream().mapToDouble(Double::doubleValue).toArray())),
        "activities", activities,
        "campaigns", campaigns);
  }
}
