package io.github.socialstrategy.core.render.json;

import io.github.socialstrategy.core.analyze.Analysis;
import io.github.socialstrategy.core.analyze.Effort;
import io.github.socialstrategy.core.analyze.KpiStatus;
import io.github.socialstrategy.core.analyze.MetricSeries;
import io.github.socialstrategy.core.analyze.Money;
import io.github.socialstrategy.core.analyze.Projection;
import io.github.socialstrategy.core.analyze.MoneyFigures;
import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Allocation;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Channel;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Goal;
import io.github.socialstrategy.core.model.ImportSummary;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Ref;
import io.github.socialstrategy.core.model.Strategy;
import io.github.socialstrategy.core.model.Task;
import java.util.List;

/**
 * {@code plan.json}: the resolved plan with its computed figures, for other tools. Keys always come in
 * the same order; entities in plan order; result rows are summarised per metric, not listed. The format
 * is described in the README ("plan.json").
 */
public final class PlanJson {

  /**
   * The version of this file's layout; raised when a key changes meaning or disappears. 2: a cumulative KPI's
   * {@code attainment} counts from zero ({@code actual / target}) over its window, and a due KPI's {@code pace} is
   * null (the decisions of plan format 1.1).
   */
  public static final int FORMAT_VERSION = 2;

  private PlanJson() {}

  public static String write(Analysis a) {
    Plan plan = a.plan();
    JsonWriter w = new JsonWriter();
    w.beginObject();
    w.field("formatVersion", FORMAT_VERSION);
    var info = plan.info();
    w.name("plan").beginObject();
    w.field("id", info == null ? null : info.id());
    w.field("title", info == null ? null : info.title());
    w.field("organisation", info == null ? null : info.organisation());
    w.field("start", plan.period() == null ? null : plan.period().start().toString());
    w.field("end", plan.period() == null ? null : plan.period().end().toString());
    w.field("currency", info == null ? null : info.currency());
    w.field("asOf", plan.asOf() == null ? null : plan.asOf().toString());
    w.name("allocation").beginObject();
    if (info != null) {
      for (Allocation al : info.allocation()) {
        w.field(al.pillar().id(), al.percent());
      }
    }
    w.endObject();
    w.endObject();

    w.name("health").beginObject();
    w.field("errors", a.errors());
    w.field("warnings", a.warnings());
    w.field("activities", plan.activities().list().size());
    w.field("tracedActivities", a.tracedActivities());
    w.field("results", plan.results().size());
    w.endObject();

    Effort effort = a.effort();
    w.name("framework").beginObject();
    w.field("id", plan.framework().id());
    w.field("builtIn", plan.framework().builtIn());
    w.name("pillars").beginArray();
    for (Pillar p : plan.framework().pillars()) {
      w.beginObject();
      w.field("id", p.id());
      w.field("title", p.title());
      w.field("effect", p.effect() == null ? null : p.effect().keyword());
      w.strings("goals", p.goals().stream().map(Goal::id).toList());
      w.field("plannedHours", round(effort.byPillar().getOrDefault(p.id(), 0.0)));
      w.field("plannedPercent", round(effort.percent(p.id())));
      w.field("plannedBudget", round(a.budget().plannedByPillar().getOrDefault(p.id(), 0.0)));
      w.field("spent", round(a.budget().spentByPillar().getOrDefault(p.id(), 0.0)));
      w.endObject();
    }
    w.endArray();
    w.endObject();

    w.name("objectives").beginArray();
    for (Objective o : plan.objectives().list()) {
      w.beginObject();
      w.field("id", o.id());
      w.field("title", o.title());
      w.field("pillar", o.pillar() == null ? null : o.pillar().id());
      w.field("owner", o.owner());
      w.field("priority", o.priority() == null ? null : o.priority().keyword());
      w.strings("tags", o.tags());
      w.strings("strategies", plan.strategiesOf(o).stream().map(Strategy::id).toList());
      w.name("kpis").beginArray();
      for (KpiStatus k : a.kpis()) {
        if (k.objective() != o) {
          continue;
        }
        w.beginObject();
        w.field("metric", k.kpi().metric().id());
        w.field("baseline", k.baseline());
        w.field("target", k.target());
        w.field("due", k.due() == null ? null : k.due().toString());
        w.field("actual", round(k.actual()));
        w.field("attainment", k.attainment() == null ? null : round(k.attainment()));
        w.field("state", k.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        w.field("pace", k.pacing().state().keyword());
        w.field("expectedAttainment", round(k.expectedAttainment()));
        kpiFigures(w, k);
        w.endObject();
      }
      w.endArray();
      w.endObject();
    }
    w.endArray();

    w.name("strategies").beginArray();
    for (Strategy s : plan.strategies().list()) {
      w.beginObject();
      w.field("id", s.id());
      w.field("title", s.title());
      w.strings("serves", plan.objectivesOf(s).stream().map(Objective::id).toList());
      w.strings("goals", s.goals().stream().map(Ref::id).toList());
      w.strings("influences", plan.influencesOf(s).stream().map(Strategy::id).toList());
      w.strings("activities", plan.activitiesOf(s).stream().map(Activity::id).toList());
      w.strings("tags", s.tags());
      w.endObject();
    }
    w.endArray();

    w.name("activities").beginArray();
    for (Activity act : plan.activities().list()) {
      w.beginObject();
      w.field("id", act.id());
      w.field("title", act.title());
      w.strings("implements", plan.strategiesOf(act).stream().map(Strategy::id).toList());
      w.strings("objectives", plan.objectivesOf(act).stream().map(Objective::id).toList());
      w.strings("channels", plan.channelsOf(act).stream().map(Channel::id).toList());
      w.strings("goals", plan.goalsOf(act).stream().map(Goal::id).toList());
      w.field("owner", act.owner());
      w.field("status", act.status().keyword());
      w.field("start", plan.startOf(act) == null ? null : plan.startOf(act).toString());
      w.field("end", plan.endOf(act) == null ? null : plan.endOf(act).toString());
      w.field("cadence", act.schedule() == null || act.schedule().cadence() == null ? null : act.schedule().cadence().keyword());
      w.field("hoursPerWeek", act.hoursPerWeek());
      w.field("plannedHours", round(effort.byActivity().getOrDefault(act.id(), 0.0)));
      w.field("budget", act.budget());
      Money am = MoneyFigures.get(a.money().byActivity(), act.id());
      w.field("spent", round(am.recordedCost()));
      w.field("financialReturn", round(am.financialReturn()));
      w.field("roi", round(am.roi()));
      w.name("tasks").beginArray();
      for (Task t : act.tasks()) {
        w.beginObject().field("title", t.title()).field("due", t.due() == null ? null : t.due().toString()).field("done", t.done()).endObject();
      }
      w.endArray();
      w.strings("tags", act.tags());
      w.endObject();
    }
    w.endArray();

    w.name("campaigns").beginArray();
    for (Campaign c : plan.campaigns().list()) {
      w.beginObject();
      w.field("id", c.id());
      w.field("title", c.title());
      w.field("start", c.period() == null || c.period().start() == null ? null : c.period().start().toString());
      w.field("end", c.period() == null || c.period().end() == null ? null : c.period().end().toString());
      w.strings("intent", plan.intentOf(c).stream().map(Objective::id).toList());
      w.strings("activities", plan.activitiesOf(c).stream().map(Activity::id).toList());
      w.field("budget", c.budget());
      Money cm = MoneyFigures.get(a.money().byCampaign(), c.id());
      w.field("spent", round(cm.recordedCost()));
      w.field("financialReturn", round(cm.financialReturn()));
      w.field("roi", round(cm.roi()));
      w.endObject();
    }
    w.endArray();

    w.name("channels").beginArray();
    for (Channel c : plan.channels().list()) {
      w.beginObject();
      w.field("id", c.id());
      w.field("title", c.title());
      w.field("type", c.type() == null ? null : c.type().keyword());
      // Only web addresses: a javascript: or data: URL written in the plan is not passed on to other tools.
      w.field("url", c.url() != null && c.url().matches("(?i)https?://\\S+") ? c.url() : null);
      w.strings("activities", plan.activitiesOn(c).stream().map(Activity::id).toList());
      w.field("plannedBudget", round(a.budget().plannedByChannel().getOrDefault(c.id(), 0.0)));
      w.field("spent", round(a.budget().spentByChannel().getOrDefault(c.id(), 0.0)));
      Money chm = MoneyFigures.get(a.money().byChannel(), c.id());
      w.field("financialReturn", round(chm.financialReturn()));
      w.field("roi", round(chm.roi()));
      w.endObject();
    }
    w.endArray();

    java.util.Map<String, Integer> rows = new java.util.HashMap<>();
    plan.results().forEach(r -> rows.merge(r.metric(), 1, Integer::sum));
    w.name("metrics").beginArray();
    for (Metric m : plan.metrics().list()) {
      MetricSeries s = a.series(m.id());
      w.beginObject();
      w.field("id", m.id());
      w.field("title", m.title());
      w.field("unit", m.unit() == null ? null : m.unit().keyword());
      w.field("aggregate", m.aggregate().keyword());
      w.field("better", m.better().keyword());
      w.field("financial", m.financial());
      w.field("level", m.level() == null ? null : m.level().keyword());
      w.field("formula", m.formula());
      w.field("daysWithResults", s.dates().length);
      w.field("firstDate", s.isEmpty() ? null : s.dates()[0].toString());
      w.field("lastDate", s.isEmpty() ? null : s.dates()[s.dates().length - 1].toString());
      w.field("resultRows", rows.getOrDefault(m.id(), 0));
      w.endObject();
    }
    w.endArray();

    imports(w, plan);

    w.name("diagnostics").beginArray();
    List<Diagnostic> ds = a.diagnostics();
    io.github.socialstrategy.core.model.EntityLocator entities = new io.github.socialstrategy.core.model.EntityLocator(plan);
    for (Diagnostic d : ds) {
      var entity = entities.at(d.location());
      w.beginObject();
      w.field("rule", d.rule().id());
      w.field("severity", d.severity().label());
      w.field("file", d.location().file() == null ? null : d.location().file().displayPath());
      w.field("line", d.location().line());
      w.field("column", d.location().column());
      w.field("message", d.fullMessage());
      w.field("entityKind", entity == null ? null : entity.kind());
      w.field("entityId", entity == null ? null : entity.id());
      w.endObject();
    }
    w.endArray();
    review(w, a);
    w.endObject();
    return w.toString();
  }

  /** What the review page suggests, as data: each adjustment with its subject and sentence, most important first. */
  private static void review(JsonWriter w, Analysis a) {
    var review = a.figures().review();
    w.name("review").beginObject();
    w.name("achievedByPillar").beginObject();
    review.achievedByPillar().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> w.field(e.getKey(), round(e.getValue())));
    w.endObject();
    w.name("adjustments").beginArray();
    for (var adj : review.adjustments()) {
      w.beginObject();
      w.field("kind", adj.kind().keyword());
      w.field("subjectKind", adj.subjectKind());
      w.field("subjectId", adj.subjectId());
      w.field("text", adj.sentence());
      w.endObject();
    }
    w.endArray();
    w.endObject();
  }

  /** The KPI keys added in format 1.1: what the KPI measures, its expected value, last year, its projection. */
  private static void kpiFigures(JsonWriter w, KpiStatus k) {
    w.field("kind", k.kind().keyword());
    w.field("start", k.start() == null ? null : k.start().toString());
    w.field("expected", round(k.expected()));
    w.field("paceGapPoints", k.pacing().shown() ? round(k.pacing().gapPoints()) : Double.NaN);
    w.field("lastYearToDate", round(k.lastYearToDate()));
    w.name("milestones").beginObject();
    k.kpi().milestones().values().forEach(m -> w.field(m.date().toString(), m.value()));
    w.endObject();
    Projection p = k.projection();
    w.field("projected", round(p.value()));
    w.field("projectedAttainment", round(p.attainment()));
    w.field("projectionBasis", p.basis().keyword());
    w.field("projectionNote", p.reason());
  }

  /** What each import read, as the build log and the results page say it. */
  private static void imports(JsonWriter w, Plan plan) {
    w.name("imports").beginArray();
    for (ImportSummary s : plan.importSummaries()) {
      w.beginObject();
      w.field("file", s.file().displayPath());
      w.field("sheet", s.sheet());
      w.field("format", s.format());
      w.field("rows", s.rows());
      w.field("totalsRows", s.totalsRows());
      w.field("results", s.results());
      w.strings("metrics", s.metrics());
      w.field("first", s.first() == null ? null : s.first().toString());
      w.field("last", s.last() == null ? null : s.last().toString());
      w.field("cost", round(s.cost()));
      w.field("unmappedRows", s.unmappedRows());
      w.field("unmappedCampaigns", s.unmappedCampaigns());
      w.endObject();
    }
    w.endArray();
  }

  private static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : Double.NaN;
  }
}
