package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.analyze.Effort;
import io.github.socialstrategy.core.analyze.KpiStatus;
import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Channel;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Strategy;
import io.github.socialstrategy.core.model.Task;
import io.github.socialstrategy.core.render.Format;
import io.github.socialstrategy.core.render.Urls;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One page per objective, strategy, activity, campaign, channel and metric, each linking up and down the
 * trace. One small renderer per kind, sharing the page frame.
 */
final class EntityPages {

  private EntityPages() {}

  static List<PageRenderer> all() {
    return List.of(new Objectives(), new Strategies(), new Activities(), new Campaigns(), new Channels(), new Metrics());
  }

  /** The frame of an entity page: base model, breadcrumbs, description, findings. */
  private static Model frame(SiteContext ctx, SiteContext.PageWriter page, String kind, String kindLabel, String id, String title, String description) {
    Model m = page.base(title == null ? id : title, List.of(Model.link(null, kindLabel)));
    m.with("kind", kind).with("kindLabel", kindLabel).with("id", id).with("change", ctx.badge(kind, id));
    m.with("description", page.markdown(description, 2));
    m.with("findings", page.diagnostics(ctx.diagnosticsOf(kind, id)));
    return m;
  }

  private static List<Model> links(SiteContext.PageWriter page, String kind, List<String> ids) {
    List<Model> out = new ArrayList<>();
    for (String id : ids) {
      out.add(page.link(kind, id));
    }
    return out;
  }

  static final class Objectives implements PageRenderer {
    @Override
    public List<String> templates() {
      return List.of("objective.ftlh");
    }

    @Override
    public void render(SiteWriter site) throws IOException, ThemeException {
      SiteContext ctx = site.ctx;
      Plan plan = ctx.plan();
      int n = 0;
      for (Objective o : plan.objectives().list()) {
        String path = Urls.of("objective", o.id());
        var page = ctx.page(path);
        Model m = frame(ctx, page, "objective", "Objective", o.id(), o.title(), o.description());
        var pillar = plan.pillarOf(o);
        m.with("pillar", pillar == null ? "" : (pillar.title() == null ? pillar.id() : pillar.title()));
        m.with("owner", o.owner() == null ? "" : o.owner());
        m.with("priority", o.priority() == null ? "" : o.priority().keyword());
        m.with("tags", o.tags());
        List<Model> strategies = new ArrayList<>();
        Set<String> activityIds = new LinkedHashSet<>();
        for (Strategy s : plan.strategiesOf(o)) {
          List<String> acts = plan.activitiesOf(s).stream().map(Activity::id).toList();
          activityIds.addAll(acts);
          strategies.add(page.link("strategy", s.id()).with("activities", links(page, "activity", acts)));
        }
        m.with("strategies", strategies);
        m.with("activities", links(page, "activity", List.copyOf(activityIds)));
        List<Model> kpis = new ArrayList<>();
        for (KpiStatus k : ctx.analysis().kpis()) {
          if (k.objective() == o) {
            kpis.add(Kpis.row(ctx, page, k).with("chart", site.chart(page, KpiChart.of(site, "objective-" + (++n), k))));
          }
        }
        m.with("kpis", kpis);
        List<Model> campaigns = new ArrayList<>();
        for (Campaign c : plan.campaigns().list()) {
          if (plan.intentOf(c).contains(o)) {
            campaigns.add(page.link("campaign", c.id()));
          }
        }
        m.with("campaigns", campaigns);
        site.page(path, "objective.ftlh", m);
      }
    }
  }

  static final class Strategies implements PageRenderer {
    @Override
    public List<String> templates() {
      return List.of("strategy.ftlh");
    }

    @Override
    public void render(SiteWriter site) throws IOException, ThemeException {
      SiteContext ctx = site.ctx;
      Plan plan = ctx.plan();
      for (Strategy s : plan.strategies().list()) {
        String path = Urls.of("strategy", s.id());
        var page = ctx.page(path);
        Model m = frame(ctx, page, "strategy", "Strategy", s.id(), s.title(), s.description());
        m.with("objectives", links(page, "objective", plan.objectivesOf(s).stream().map(Objective::id).toList()));
        m.with("activities", plan.activitiesOf(s).stream().map(a -> page.link("activity", a.id())
            .with("channels", links(page, "channel", plan.channelsOf(a).stream().map(Channel::id).toList()))
            .with("status", a.status().keyword())).toList());
        m.with("influences", links(page, "strategy", plan.influencesOf(s).stream().map(Strategy::id).toList()));
        m.with("influencedBy", links(page, "strategy", plan.influencedBy(s).stream().map(Strategy::id).toList()));
        m.with("goals", s.goals().stream().map(g -> g.id()).toList());
        m.with("tags", s.tags());
        site.page(path, "strategy.ftlh", m);
      }
    }
  }

  static final class Activities implements PageRenderer {
    @Override
    public List<String> templates() {
      return List.of("activity.ftlh");
    }

    @Override
    public void render(SiteWriter site) throws IOException, ThemeException {
      SiteContext ctx = site.ctx;
      Plan plan = ctx.plan();
      for (Activity a : plan.activities().list()) {
        String path = Urls.of("activity", a.id());
        var page = ctx.page(path);
        Model m = frame(ctx, page, "activity", "Activity", a.id(), a.title(), a.description());
        m.with("strategies", plan.strategiesOf(a).stream().map(s -> page.link("strategy", s.id())
            .with("objectives", links(page, "objective", plan.objectivesOf(s).stream().map(Objective::id).toList()))).toList());
        m.with("objectives", links(page, "objective", plan.objectivesOf(a).stream().map(Objective::id).toList()));
        m.with("channels", links(page, "channel", plan.channelsOf(a).stream().map(Channel::id).toList()));
        m.with("campaigns", links(page, "campaign", plan.campaignsOf(a).stream().map(Campaign::id).toList()));
        m.with("goals", plan.goalsOf(a).stream().map(g -> g.id()).toList());
        m.with("owner", a.owner() == null ? "" : a.owner());
        m.with("status", a.status().keyword());
        var start = plan.startOf(a);
        var end = plan.endOf(a);
        m.with("start", start == null ? "" : start.toString()).with("end", end == null ? "" : end.toString());
        m.with("cadence", a.schedule() == null || a.schedule().cadence() == null ? "" : a.schedule().cadence().keyword());
        m.with("hoursPerWeek", a.hoursPerWeek() == null ? "" : Format.number(a.hoursPerWeek()));
        m.with("plannedHours", Format.hours(Effort.hours(plan, a)));
        m.with("budget", a.budget() == null ? "" : Format.money(a.budget(), ctx.currency()));
        m.with("spent", Format.money(io.github.socialstrategy.core.analyze.MoneyFigures.get(ctx.analysis().money().byActivity(), a.id()).recordedCost(), ctx.currency()));
        List<Model> tasks = new ArrayList<>();
        for (Task t : a.tasks()) {
          tasks.add(Model.of("title", t.title() == null ? "" : t.title(), "due", t.due() == null ? "" : t.due().toString(), "done", t.done()));
        }
        m.with("tasks", tasks).with("tags", a.tags());
        m.with("money", RoiTables.row(ctx, Model.of("label", a.title() == null ? a.id() : a.title()),
            io.github.socialstrategy.core.analyze.MoneyFigures.get(ctx.analysis().money().byActivity(), a.id())));
        m.with("benefits", RoiTables.benefits(ctx, page, ctx.analysis().figures().benefitsByActivity().getOrDefault(a.id(), List.of())));
        site.page(path, "activity.ftlh", m);
      }
    }
  }

  static final class Campaigns implements PageRenderer {
    @Override
    public List<String> templates() {
      return List.of("campaign.ftlh");
    }

    @Override
    public void render(SiteWriter site) throws IOException, ThemeException {
      SiteContext ctx = site.ctx;
      Plan plan = ctx.plan();
      int n = 0;
      for (Campaign c : plan.campaigns().list()) {
        String path = Urls.of("campaign", c.id());
        var page = ctx.page(path);
        Model m = frame(ctx, page, "campaign", "Campaign", c.id(), c.title(), c.description());
        m.with("outcome", outcome(site, page, "campaign-moved-" + (++n), c));
        m.with("start", c.period() == null || c.period().start() == null ? "" : c.period().start().toString());
        m.with("end", c.period() == null || c.period().end() == null ? "" : c.period().end().toString());
        m.with("intent", links(page, "objective", plan.intentOf(c).stream().map(Objective::id).toList()));
        m.with("activities", links(page, "activity", plan.activitiesOf(c).stream().map(Activity::id).toList()));
        m.with("budget", c.budget() == null ? "" : Format.money(c.budget(), ctx.currency()));
        m.with("spent", Format.money(io.github.socialstrategy.core.analyze.MoneyFigures.get(ctx.analysis().money().byCampaign(), c.id()).recordedCost(), ctx.currency()));
        m.with("tags", c.tags());
        m.with("money", RoiTables.row(ctx, Model.of("label", c.title() == null ? c.id() : c.title()),
            io.github.socialstrategy.core.analyze.MoneyFigures.get(ctx.analysis().money().byCampaign(), c.id())));
        site.page(path, "campaign.ftlh", m);
      }
    }

    /** What the campaign moved, against what it was meant to move; null before it starts. */
    private static Model outcome(SiteWriter site, SiteContext.PageWriter page, String id, Campaign c) throws IOException {
      var o = site.ctx.analysis().figures().campaignOutcomes().get(c.id());
      if (o == null) {
        return null;
      }
      List<io.github.socialstrategy.core.render.chart.Charts.Bar> intended = new ArrayList<>();
      o.intended().forEach(mv -> intended.add(new io.github.socialstrategy.core.render.chart.Charts.Bar(site.ctx.title("metric", mv.metric().id()), mv.movement())));
      List<io.github.socialstrategy.core.render.chart.Charts.Bar> others = new ArrayList<>();
      o.others().forEach(mv -> others.add(new io.github.socialstrategy.core.render.chart.Charts.Bar(site.ctx.title("metric", mv.metric().id()), mv.movement())));
      var chart = site.charts.movement(id, "What it moved during " + o.from() + " to " + o.to(), intended, others,
          io.github.socialstrategy.core.analyze.CampaignOutcome.BARELY_MOVED, io.github.socialstrategy.core.analyze.CampaignOutcome.MOVED_MARKEDLY);
      return Model.of(
          "chart", site.chart(page, chart),
          "from", o.from().toString(),
          "to", o.to().toString(),
          "running", !o.ended(site.ctx.plan().asOf()),
          "misaligned", o.misaligned());
    }
  }

  static final class Channels implements PageRenderer {
    @Override
    public List<String> templates() {
      return List.of("channel.ftlh");
    }

    @Override
    public void render(SiteWriter site) throws IOException, ThemeException {
      SiteContext ctx = site.ctx;
      Plan plan = ctx.plan();
      for (Channel c : plan.channels().list()) {
        String path = Urls.of("channel", c.id());
        var page = ctx.page(path);
        Model m = frame(ctx, page, "channel", "Channel", c.id(), c.title(), c.description());
        m.with("type", c.type() == null ? "" : c.type().keyword());
        m.with("url", c.url() != null && (c.url().startsWith("https://") || c.url().startsWith("http://")) ? c.url() : "");
        Set<String> strategies = new LinkedHashSet<>();
        Set<String> objectives = new LinkedHashSet<>();
        double hours = 0;
        for (Activity a : plan.activitiesOn(c)) {
          plan.strategiesOf(a).forEach(s -> strategies.add(s.id()));
          plan.objectivesOf(a).forEach(o -> objectives.add(o.id()));
          hours += Effort.hours(plan, a) / Math.max(1, plan.channelsOf(a).size());
        }
        m.with("activities", plan.activitiesOn(c).stream().map(a -> page.link("activity", a.id()).with("status", a.status().keyword())).toList());
        m.with("strategies", links(page, "strategy", List.copyOf(strategies)));
        m.with("objectives", links(page, "objective", List.copyOf(objectives)));
        m.with("plannedHours", Format.hours(hours));
        var b = ctx.analysis().budget();
        m.with("budget", Format.money(b.plannedByChannel().getOrDefault(c.id(), 0.0), ctx.currency()));
        m.with("spent", Format.money(b.spentByChannel().getOrDefault(c.id(), 0.0), ctx.currency()));
        m.with("money", RoiTables.row(ctx, Model.of("label", c.title() == null ? c.id() : c.title()),
            io.github.socialstrategy.core.analyze.MoneyFigures.get(ctx.analysis().money().byChannel(), c.id())));
        m.with("benefits", RoiTables.benefits(ctx, page, ctx.analysis().figures().benefitsByChannel().getOrDefault(c.id(), List.of())));
        site.page(path, "channel.ftlh", m);
      }
    }
  }

  static final class Metrics implements PageRenderer {
    @Override
    public List<String> templates() {
      return List.of("metric.ftlh");
    }

    @Override
    public void render(SiteWriter site) throws IOException, ThemeException {
      SiteContext ctx = site.ctx;
      Plan plan = ctx.plan();
      int n = 0;
      for (Metric mt : plan.metrics().list()) {
        String path = Urls.of("metric", mt.id());
        var page = ctx.page(path);
        Model m = frame(ctx, page, "metric", "Metric", mt.id(), mt.title(), mt.description());
        m.with("unit", mt.unit() == null ? "" : mt.unit().keyword());
        m.with("aggregate", mt.aggregate().keyword()).with("better", mt.better().keyword());
        m.with("financial", mt.financial()).with("level", mt.level() == null ? "" : mt.level().keyword());
        m.with("formula", mt.formula() == null ? "" : mt.formula());
        var series = ctx.analysis().series(mt.id());
        m.with("days", series.dates().length);
        List<Model> kpis = new ArrayList<>();
        for (KpiStatus k : ctx.analysis().kpis()) {
          if (k.metric() == mt) {
            kpis.add(Kpis.row(ctx, page, k).with("chart", site.chart(page, KpiChart.of(site, "metric-" + (++n), k))));
          }
        }
        m.with("kpis", kpis);
        if (kpis.isEmpty()) {
          double[] values = mt.isDerived() ? series.totals() : series.running(mt.aggregate(), io.github.socialstrategy.core.analyze.MetricSeries.additive(mt));
          List<io.github.socialstrategy.core.render.chart.Charts.Point> points = new ArrayList<>();
          for (int i = 0; i < values.length; i++) {
            points.add(new io.github.socialstrategy.core.render.chart.Charts.Point(series.dates()[i], values[i]));
          }
          m.with("chart", site.chart(page, site.charts.timeSeries("metric-" + (++n), mt.title() == null ? mt.id() : mt.title(),
              KpiChart.unit(ctx, mt), points, Double.NaN, null, plan.asOf())));
        }
        site.page(path, "metric.ftlh", m);
      }
    }
  }
}
