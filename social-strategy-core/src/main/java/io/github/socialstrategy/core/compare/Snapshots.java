package io.github.socialstrategy.core.compare;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.analyze.KpiStatus;
import io.github.socialstrategy.core.compare.Snapshot.Entity;
import io.github.socialstrategy.core.compare.Snapshot.Finding;
import io.github.socialstrategy.core.compare.Snapshot.KpiFigure;
import io.github.socialstrategy.core.compare.Snapshot.PillarShare;
import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Allocation;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Channel;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.EntityLocator;
import io.github.socialstrategy.core.model.Goal;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Ref;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.Strategy;
import io.github.socialstrategy.core.render.Format;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the {@link Snapshot} of a checked plan. Linear in the plan's size and its result rows. */
public final class Snapshots {

  private Snapshots() {}

  /** The snapshot of a checked plan, its findings' files shown as {@link ReviewPaths#NONE} shows them. */
  public static Snapshot of(CheckResult checked) {
    return of(checked, ReviewPaths.NONE);
  }

  /**
   * The snapshot of a checked plan.
   *
   * @param paths how the files of findings are shown (both sides of a comparison alike)
   */
  public static Snapshot of(CheckResult checked, ReviewPaths paths) {
    Plan plan = checked.plan();
    String currency = plan.info() == null ? null : plan.info().currency();
    List<Entity> entities = new ArrayList<>();
    Map<String, List<Fields.KpiDef>> kpiDefs = new HashMap<>();
    for (KpiStatus k : checked.figures().kpis()) {
      String unit = k.metric() == null || k.metric().unit() == null ? null : Fields.keyword(k.metric().unit());
      kpiDefs.computeIfAbsent(k.objective().id(), x -> new ArrayList<>())
          .add(new Fields.KpiDef(k.kpi().metric().id(), unit, k.kpi().baseline(), k.kpi().target(), date(k.due())));
    }
    for (Objective o : plan.objectives().list()) {
      entities.add(new Entity("objective", o.id(), o.title(), Fields.objective(
          currency, o.title(), o.pillar() == null ? null : o.pillar().id(), o.owner(), Fields.keyword(o.priority()), o.tags(),
          kpiDefs.getOrDefault(o.id(), List.of()), o.description())));
    }
    for (Strategy s : plan.strategies().list()) {
      entities.add(new Entity("strategy", s.id(), s.title(), Fields.strategy(
          currency, s.title(), ids(plan.objectivesOf(s).stream().map(Objective::id)), ids(s.goals().stream().map(Ref::id)),
          ids(plan.influencesOf(s).stream().map(Strategy::id)), s.tags(), s.description())));
    }
    for (Activity a : plan.activities().list()) {
      entities.add(new Entity("activity", a.id(), a.title(), Fields.activity(
          currency, a.title(), ids(plan.strategiesOf(a).stream().map(Strategy::id)), ids(plan.channelsOf(a).stream().map(Channel::id)),
          ids(plan.goalsOf(a).stream().map(Goal::id)), a.owner(), Fields.keyword(a.status()), date(plan.startOf(a)),
          date(plan.endOf(a)), a.schedule() == null ? null : Fields.keyword(a.schedule().cadence()), a.hoursPerWeek(), a.budget(),
          a.tags(), a.description())));
    }
    for (Campaign c : plan.campaigns().list()) {
      entities.add(new Entity("campaign", c.id(), c.title(), Fields.campaign(
          currency, c.title(), c.period() == null ? null : date(c.period().start()), c.period() == null ? null : date(c.period().end()),
          ids(plan.intentOf(c).stream().map(Objective::id)), ids(plan.activitiesOf(c).stream().map(Activity::id)), c.budget(),
          c.tags(), c.description())));
    }
    for (Channel c : plan.channels().list()) {
      entities.add(new Entity("channel", c.id(), c.title(), Fields.channel(
          currency, c.title(), Fields.keyword(c.type()), Fields.webAddress(c.url()), c.description())));
    }
    for (Metric m : plan.metrics().list()) {
      entities.add(new Entity("metric", m.id(), m.title(), Fields.metric(
          currency, m.title(), Fields.keyword(m.unit()), Fields.keyword(m.aggregate()), Fields.keyword(m.better()), m.financial(),
          Fields.keyword(m.level()), m.formula(), m.description())));
    }

    Map<String, Boolean> traced = new LinkedHashMap<>();
    Map<String, Set<String>> objectiveActivities = new LinkedHashMap<>();
    plan.objectives().list().forEach(o -> objectiveActivities.put(o.id(), new LinkedHashSet<>()));
    Set<String> cells = new HashSet<>();
    for (Activity a : plan.activities().list()) {
      List<Objective> trace = plan.objectivesOf(a);
      traced.put(a.id(), !trace.isEmpty());
      trace.forEach(o -> objectiveActivities.computeIfAbsent(o.id(), k -> new LinkedHashSet<>()).add(a.id()));
      List<Channel> channels = plan.channelsOf(a);
      for (Goal g : plan.goalsOf(a)) {
        if (channels.isEmpty()) {
          cells.add(Snapshot.cell(g.id(), ""));
        }
        channels.forEach(c -> cells.add(Snapshot.cell(g.id(), c.id())));
      }
    }
    Map<String, Set<String>> strategyActivities = new LinkedHashMap<>();
    for (Strategy s : plan.strategies().list()) {
      Set<String> acts = new LinkedHashSet<>();
      plan.activitiesOf(s).forEach(a -> acts.add(a.id()));
      strategyActivities.put(s.id(), acts);
    }

    Map<String, Double> intended = new HashMap<>();
    boolean hasAllocation = plan.info() != null && plan.info().hasAllocation();
    if (hasAllocation) {
      for (Allocation al : plan.info().allocation()) {
        intended.put(al.pillar().id(), al.percent());
      }
    }
    List<PillarShare> pillars = new ArrayList<>();
    for (Pillar p : plan.framework().pillars()) {
      pillars.add(new PillarShare(
          p.id(), p.title() == null ? p.id() : p.title(), hasAllocation ? intended.getOrDefault(p.id(), 0.0) : null,
          round(checked.figures().effort().percent(p.id()))));
    }

    Map<String, Double> channelBudgets = new LinkedHashMap<>();
    for (Channel c : plan.channels().list()) {
      channelBudgets.put(c.id(), round(checked.figures().budget().plannedByChannel().getOrDefault(c.id(), 0.0)));
    }
    double plannedBudget = 0;
    for (Activity a : plan.activities().list()) {
      plannedBudget += a.budget() == null ? 0 : a.budget();
    }
    Map<String, Integer> rows = new HashMap<>();
    for (Result r : plan.results()) {
      rows.merge(r.metric(), 1, Integer::sum);
    }

    List<KpiFigure> kpis = new ArrayList<>();
    for (KpiStatus k : checked.figures().kpis()) {
      String unit = k.metric() == null || k.metric().unit() == null ? null : Fields.keyword(k.metric().unit());
      kpis.add(new KpiFigure(
          k.objective().id(), k.kpi().metric().id(), k.attainment() == null ? null : round(k.attainment()), Fields.keyword(k.state()),
          Double.isFinite(k.actual()) ? Fields.value(round(k.actual()), unit, currency) : "–"));
    }

    EntityLocator locator = new EntityLocator(plan);
    List<Finding> findings = new ArrayList<>();
    for (Diagnostic d : checked.diagnostics()) {
      findings.add(finding(d, locator, paths));
    }
    return new Snapshot(
        plan.info() == null ? null : plan.info().id(), currency, entities, traced, objectiveActivities, strategyActivities, pillars,
        cells, channelBudgets, round(plannedBudget), rows, plan.results().size(), kpis, findings, null);
  }

  /** A finding with the entity it is about. */
  static Finding finding(Diagnostic d, EntityLocator locator, ReviewPaths paths) {
    EntityLocator.Entity e = locator.at(d.location());
    return new Finding(
        d.rule().id(),
        d.severity().label(),
        d.message(),
        d.hint(),
        paths.of(d.location().file()),
        d.location().line(),
        d.location().column(),
        e == null ? null : e.kind(),
        e == null ? null : e.id(),
        Snapshot.messageKey(d.fullMessage()));
  }

  private static List<String> ids(java.util.stream.Stream<String> ids) {
    return ids.toList();
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  // plan.json keeps three decimals: both sources of a snapshot round alike.
  static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : Double.NaN;
  }

  static String money(double v, String currency) {
    return Format.money(v, currency);
  }
}
