package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Channel;
import io.github.socialstrategy.core.model.Goal;
import io.github.socialstrategy.core.model.Kpi;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.ScopeKind;
import io.github.socialstrategy.core.model.Strategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Computes the {@link Figures} of a resolved plan: passes over the results and the activities, each linear. */
public final class Analyzer {

  private Analyzer() {}

  /** Computes every figure of a resolved plan; KPI pacing is judged with the given thresholds. */
  public static Figures figures(Plan plan, Pacing.Thresholds thresholds) {
    Map<String, MetricSeries> series = series(plan);
    int traced = 0;
    for (Activity a : plan.activities().list()) {
      if (!plan.objectivesOf(a).isEmpty()) {
        traced++;
      }
    }
    MoneyFigures money = MoneyAnalyzer.of(plan);
    ResultIndex index = new ResultIndex(plan);
    Map<String, List<Benefit>> byActivity = new HashMap<>();
    for (Activity a : plan.activities().list()) {
      List<Benefit> b = benefits(plan, index, ScopeKind.ACTIVITY, a.id(), MoneyFigures.get(money.byActivity(), a.id()).cost());
      if (!b.isEmpty()) {
        byActivity.put(a.id(), b);
      }
    }
    Map<String, List<Benefit>> byChannel = new HashMap<>();
    for (Channel c : plan.channels().list()) {
      List<Benefit> b = channelBenefits(plan, index, c, MoneyFigures.get(money.byChannel(), c.id()).cost());
      if (!b.isEmpty()) {
        byChannel.put(c.id(), b);
      }
    }
    RollUps rollUps = rollUps(plan);
    return new Figures(
        traced,
        Effort.of(plan),
        coverage(plan),
        kpis(plan, series, thresholds),
        budget(plan, money),
        money,
        Map.copyOf(byActivity),
        Map.copyOf(byChannel),
        series,
        index,
        rolledUp(plan, index, rollUps.campaigns(), money.byCampaign()),
        rolledUp(plan, index, rollUps.strategies(), money.byStrategy()),
        rolledUp(plan, index, rollUps.objectives(), money.byObjective()),
        rolledUp(plan, index, rollUps.pillars(), money.byPillar()));
  }

  /**
   * Part of an entity's results: one scope's results times a share. With a campaign, an activity's results
   * count only during that campaign, and the share is worked out per day ({@link #campaignShare}).
   */
  private record Part(ScopeKind kind, String id, double share, Campaign campaign) {}

  private record RollUps(
      Map<String, List<Part>> campaigns, Map<String, List<Part>> strategies, Map<String, List<Part>> objectives, Map<String, List<Part>> pillars) {}

  /** Which results make up each campaign, strategy, objective and pillar: the same trace the money follows. */
  private static RollUps rollUps(Plan plan) {
    Map<String, List<Part>> campaigns = new LinkedHashMap<>();
    for (Campaign c : plan.campaigns().list()) {
      List<Part> parts = campaigns.computeIfAbsent(c.id(), k -> new ArrayList<>());
      parts.add(new Part(ScopeKind.CAMPAIGN, c.id(), 1, null));
      if (c.period() != null && c.period().isValid()) {
        for (Activity a : plan.activitiesOf(c)) {
          parts.add(new Part(ScopeKind.ACTIVITY, a.id(), 1, c));
        }
      }
    }
    Map<String, List<Part>> strategies = new LinkedHashMap<>();
    Map<String, List<Part>> objectives = new LinkedHashMap<>();
    for (Activity a : plan.activities().list()) {
      List<Strategy> ss = plan.strategiesOf(a);
      for (Strategy s : ss) {
        strategies.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(new Part(ScopeKind.ACTIVITY, a.id(), 1.0 / ss.size(), null));
      }
      List<Objective> os = plan.objectivesOf(a);
      for (Objective o : os) {
        objectives.computeIfAbsent(o.id(), k -> new ArrayList<>()).add(new Part(ScopeKind.ACTIVITY, a.id(), 1.0 / os.size(), null));
      }
    }
    for (Campaign c : plan.campaigns().list()) {
      List<Objective> intent = plan.intentOf(c);
      for (Objective o : intent) {
        objectives.computeIfAbsent(o.id(), k -> new ArrayList<>()).add(new Part(ScopeKind.CAMPAIGN, c.id(), 1.0 / intent.size(), null));
      }
    }
    Map<String, List<Part>> pillars = new LinkedHashMap<>();
    for (Objective o : plan.objectives().list()) {
      Pillar p = plan.pillarOf(o);
      if (p != null) {
        pillars.computeIfAbsent(p.id(), k -> new ArrayList<>()).addAll(objectives.getOrDefault(o.id(), List.of()));
      }
    }
    return new RollUps(campaigns, strategies, objectives, pillars);
  }

  /**
   * The cumulative ({@code sum}) non-financial metrics of each entity, over its parts, with the entity's cost per
   * result. Levels (averages, last values) do not add up across activities, so they are left out here.
   */
  private static Map<String, List<Benefit>> rolledUp(Plan plan, ResultIndex index, Map<String, List<Part>> parts, Map<String, Money> money) {
    Map<String, List<Benefit>> out = new HashMap<>();
    parts.forEach((id, list) -> {
      List<Benefit> benefits = new ArrayList<>();
      for (Metric m : plan.metrics().list()) {
        if (m.financial() || m.isDerived() || m.aggregate() != io.github.socialstrategy.core.model.Aggregate.SUM) {
          continue;
        }
        TreeMap<LocalDate, Double> daily = new TreeMap<>();
        for (Part p : list) {
          NavigableMap<LocalDate, Double> s = index.scoped(m.id(), p.kind(), p.id());
          if (p.campaign() != null) {
            s = s.subMap(p.campaign().period().start(), true, p.campaign().period().end(), true);
          }
          s.forEach((d, v) -> daily.merge(d, v * (p.campaign() == null ? p.share() : campaignShare(plan, p.id(), d)), Double::sum));
        }
        if (!daily.isEmpty()) {
          benefits.add(benefit(plan, m, daily, MoneyFigures.get(money, id).cost()));
        }
      }
      if (!benefits.isEmpty()) {
        out.put(id, List.copyOf(benefits));
      }
    });
    return Map.copyOf(out);
  }

  /** The share of an activity's result on a day that goes to each of its campaigns running that day. */
  private static double campaignShare(Plan plan, String activityId, LocalDate day) {
    Activity a = plan.activities().get(activityId);
    long running = a == null ? 0 : plan.campaignsOf(a).stream()
        .filter(c -> c.period() != null && c.period().isValid() && c.period().contains(day))
        .count();
    return running == 0 ? 0 : 1.0 / running;
  }

  /** The non-financial metrics recorded for one scope, each with its value, movement and cost per result. */
  private static List<Benefit> benefits(Plan plan, ResultIndex index, ScopeKind kind, String id, double cost) {
    List<Benefit> out = new ArrayList<>();
    for (Metric m : plan.metrics().list()) {
      if (m.financial() || m.isDerived()) {
        continue;
      }
      NavigableMap<LocalDate, Double> daily = index.scoped(m.id(), kind, id);
      if (!daily.isEmpty()) {
        out.add(benefit(plan, m, daily, cost));
      }
    }
    return out;
  }

  private static List<Benefit> channelBenefits(Plan plan, ResultIndex index, Channel c, double cost) {
    List<Benefit> out = new ArrayList<>();
    for (Metric m : plan.metrics().list()) {
      if (m.financial() || m.isDerived()) {
        continue;
      }
      TreeMap<LocalDate, Double> daily = new TreeMap<>(index.scoped(m.id(), ScopeKind.CHANNEL, c.id()));
      for (Activity a : plan.activitiesOn(c)) {
        // a count adds up, so an activity on several channels gives each its share; a level (a response time,
        // a rate) does not split
        double share = m.aggregate() == io.github.socialstrategy.core.model.Aggregate.SUM ? 1.0 / plan.channelsOf(a).size() : 1;
        index.scoped(m.id(), ScopeKind.ACTIVITY, a.id()).forEach((d, v) -> daily.merge(d, v * share, Double::sum));
      }
      if (!daily.isEmpty()) {
        out.add(benefit(plan, m, daily, cost));
      }
    }
    return out;
  }

  private static Benefit benefit(Plan plan, Metric m, NavigableMap<LocalDate, Double> daily, double cost) {
    double value = switch (m.aggregate()) {
      case SUM -> daily.values().stream().mapToDouble(Double::doubleValue).sum();
      case AVERAGE -> daily.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      case LAST -> daily.lastEntry().getValue();
      case MAX -> daily.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
      case MIN -> daily.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    };
    // The later half of the entity's own results against the earlier half.
    double movement = daily.size() < 2 ? Double.NaN : Movement.halves(daily, daily.firstKey(), daily.lastKey(), m);
    double perResult = m.aggregate() == io.github.socialstrategy.core.model.Aggregate.SUM && cost > 0 && value > 0
        && m.unit() == io.github.socialstrategy.core.model.Unit.COUNT ? cost / value : Double.NaN;
    return new Benefit(m, value, movement, perResult);
  }



  private static Map<String, MetricSeries> series(Plan plan) {
    Map<String, TreeMap<LocalDate, double[]>> days = new HashMap<>();
    for (Result r : plan.results()) {
      if (!plan.metrics().contains(r.metric())) {
        continue;
      }
      double[] day = days.computeIfAbsent(r.metric(), k -> new TreeMap<>()).computeIfAbsent(r.date(), k -> new double[2]);
      day[0] += r.value();
      day[1]++;
    }
    Map<String, MetricSeries> out = new LinkedHashMap<>();
    for (Metric m : plan.metrics().list()) {
      TreeMap<LocalDate, double[]> d = days.get(m.id());
      if (d != null) {
        out.put(m.id(), toSeries(d));
      }
    }
    for (Metric m : plan.metrics().list()) {
      if (m.isDerived() && !out.containsKey(m.id())) {
        MetricSeries derived = derived(plan, m, out, new HashSet<>());
        if (!derived.isEmpty()) {
          out.put(m.id(), derived);
        }
      }
    }
    return out;
  }

  private static MetricSeries toSeries(TreeMap<LocalDate, double[]> d) {
    LocalDate[] dates = new LocalDate[d.size()];
    double[] totals = new double[d.size()];
    int[] counts = new int[d.size()];
    int i = 0;
    for (var e : d.entrySet()) {
      dates[i] = e.getKey();
      totals[i] = e.getValue()[0];
      counts[i] = (int) e.getValue()[1];
      i++;
    }
    return new MetricSeries(dates, totals, counts);
  }

  /** A derived metric per day: its formula over the inputs' day totals, on days where every input has one. */
  private static MetricSeries derived(Plan plan, Metric m, Map<String, MetricSeries> known, Set<String> visiting) {
    if (!visiting.add(m.id())) {
      return MetricSeries.EMPTY; // circular: formula-error reports it
    }
    Formula f;
    try {
      f = Formula.parse(m.formula());
    } catch (Formula.FormulaException e) {
      return MetricSeries.EMPTY;
    }
    Map<String, MetricSeries> inputs = new HashMap<>();
    for (String id : f.metricIds()) {
      MetricSeries s = known.get(id);
      Metric input = plan.metrics().get(id);
      if (s == null && input != null && input.isDerived()) {
        s = derived(plan, input, known, visiting);
      }
      if (s == null || s.isEmpty()) {
        return MetricSeries.EMPTY;
      }
      inputs.put(id, s);
    }
    TreeMap<LocalDate, double[]> out = new TreeMap<>();
    Map<LocalDate, Map<String, Double>> byDay = new TreeMap<>();
    inputs.forEach((id, s) -> {
      for (int i = 0; i < s.dates().length; i++) {
        byDay.computeIfAbsent(s.dates()[i], k -> new HashMap<>()).put(id, s.totals()[i]);
      }
    });
    byDay.forEach((day, values) -> {
      if (values.size() == inputs.size()) {
        double v = FormulaEvaluator.evaluate(f, values);
        if (Double.isFinite(v)) {
          out.put(day, new double[] {v, 1});
        }
      }
    });
    return toSeries(out);
  }

  private static List<KpiStatus> kpis(Plan plan, Map<String, MetricSeries> series, Pacing.Thresholds thresholds) {
    List<KpiStatus> out = new ArrayList<>();
    LocalDate asOf = plan.asOf();
    for (Objective o : plan.objectives().list()) {
      for (Kpi k : o.kpis()) {
        Metric m = plan.metrics().get(k.metric().id());
        LocalDate due = k.due() != null ? k.due() : plan.period() == null ? null : plan.period().end();
        double actual = m == null || asOf == null ? Double.NaN : actual(plan, m, series, asOf, new HashSet<>());
        Double attainment = null;
        if (k.target() != null && !Double.isNaN(actual) && k.target() != k.baseline()) {
          attainment = (actual - k.baseline()) / (k.target() - k.baseline());
        }
        out.add(new KpiStatus(o, k, m, actual, k.baseline(), k.target(), due, attainment, pacing(plan, m, k, actual, attainment, due, thresholds), asOf));
      }
    }
    return out;
  }

  /**
   * The pacing of a KPI: attainment expected by asOf grows linearly from the plan's start to the due date;
   * a cumulative KPI ({@code sum}) is paced by the share of its target reached so far.
   */
  private static Pacing pacing(Plan plan, Metric m, Kpi k, double actual, Double attainment, LocalDate due, Pacing.Thresholds t) {
    if (k.target() == null || m == null || k.target() == k.baseline()) {
      return Pacing.notScored(actual);
    }
    LocalDate start = plan.period() == null ? null : plan.period().start();
    LocalDate asOf = plan.asOf();
    double expected;
    if (due == null || asOf == null) {
      expected = Double.NaN; // no plan period and no due date: nothing to pace against
    } else if (!asOf.isBefore(due)) {
      expected = 1;
    } else if (start == null) {
      expected = Double.NaN; // before the due date, but the plan's start (where expectation starts) is unknown
    } else {
      expected = MoneyAnalyzer.elapsed(start, due, asOf);
    }
    double progress;
    boolean dueReached = due != null && asOf != null && !asOf.isBefore(due);
    if (!Double.isFinite(actual)) {
      progress = Double.NaN;
    } else if (dueReached) {
      // From the due date on, the KPI is judged as its status is: by its attainment.
      progress = attainment == null ? Double.NaN : attainment;
    } else if (isCumulative(m, k)) {
      progress = actual / k.target();
    } else {
      progress = attainment == null ? Double.NaN : attainment;
    }
    return Pacing.of(expected, progress, t);
  }

  /**
   * Whether a KPI adds up from zero over the period (a recorded {@code sum} metric, higher is better, with a
   * positive target): it is paced by the share of its target reached, and expected to grow from 0.
   */
  public static boolean isCumulative(Metric m, Kpi k) {
    return m != null && !m.isDerived() && m.aggregate() == io.github.socialstrategy.core.model.Aggregate.SUM
        && m.better() == io.github.socialstrategy.core.model.Better.HIGHER && k.target() != null && k.target() > 0;
  }

  /** A metric's value at asOf; for a derived one, its formula over the inputs' values at asOf. */
  static double actual(Plan plan, Metric m, Map<String, MetricSeries> series, LocalDate asOf, Set<String> visiting) {
    if (!m.isDerived()) {
      MetricSeries s = series.get(m.id());
      return s == null ? Double.NaN : s.valueAt(asOf, m.aggregate(), MetricSeries.additive(m));
    }
    if (!visiting.add(m.id())) {
      return Double.NaN;
    }
    Formula f;
    try {
      f = Formula.parse(m.formula());
    } catch (Formula.FormulaException e) {
      return Double.NaN;
    }
    Map<String, Double> values = new HashMap<>();
    for (String id : f.metricIds()) {
      Metric input = plan.metrics().get(id);
      if (input == null) {
        return Double.NaN;
      }
      values.put(id, actual(plan, input, series, asOf, visiting));
    }
    return FormulaEvaluator.evaluate(f, values);
  }

  private static Coverage coverage(Plan plan) {
    List<String> channelIds = new ArrayList<>(plan.channels().ids().size() + 1);
    plan.channels().list().forEach(c -> channelIds.add(c.id()));
    channelIds.add(Coverage.NO_CHANNEL);
    Map<String, Map<String, Coverage.Cell>> cells = new HashMap<>();
    Map<String, Integer> perGoal = new HashMap<>();
    for (Activity a : plan.activities().list()) {
      List<Goal> goals = plan.goalsOf(a);
      goals.forEach(g -> perGoal.merge(g.id(), 1, Integer::sum));
      List<Channel> channels = plan.channelsOf(a);
      if (goals.isEmpty()) {
        continue;
      }
      double hours = Effort.hours(plan, a);
      int pairs = goals.size() * Math.max(1, channels.size());
      for (Goal g : goals) {
        Map<String, Coverage.Cell> row = cells.computeIfAbsent(g.id(), k -> new HashMap<>());
        if (channels.isEmpty()) {
          row.merge(Coverage.NO_CHANNEL, new Coverage.Cell(1, hours / pairs), Analyzer::add);
        }
        for (Channel c : channels) {
          row.merge(c.id(), new Coverage.Cell(1, hours / pairs), Analyzer::add);
        }
      }
    }
    Map<String, Map<String, Coverage.Cell>> frozen = new HashMap<>();
    cells.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
    return new Coverage(List.copyOf(channelIds), Map.copyOf(frozen), Map.copyOf(perGoal));
  }

  private static void splitOverPillars(Plan plan, List<Objective> objectives, double amount, Map<String, Double> byPillar) {
    for (Objective o : objectives) {
      Pillar p = plan.pillarOf(o);
      if (p != null) {
        byPillar.merge(p.id(), amount / objectives.size(), Double::sum);
      }
    }
  }

  private static Coverage.Cell add(Coverage.Cell a, Coverage.Cell b) {
    return new Coverage.Cell(a.activities() + b.activities(), a.hours() + b.hours());
  }

  private static Budget budget(Plan plan, MoneyFigures money) {
    Map<String, Double> byPillar = new LinkedHashMap<>();
    for (Pillar p : plan.framework().pillars()) {
      byPillar.put(p.id(), 0.0);
    }
    Map<String, Double> byChannel = new LinkedHashMap<>();
    double planned = 0;
    for (Activity a : plan.activities().list()) {
      if (a.budget() == null) {
        continue;
      }
      planned += a.budget();
      List<Objective> trace = plan.objectivesOf(a);
      for (Objective o : trace) {
        Pillar p = plan.pillarOf(o);
        if (p != null) {
          byPillar.merge(p.id(), a.budget() / trace.size(), Double::sum);
        }
      }
      List<Channel> channels = plan.channelsOf(a);
      if (channels.isEmpty()) {
        byChannel.merge(Coverage.NO_CHANNEL, a.budget(), Double::sum);
      }
      for (Channel c : channels) {
        byChannel.merge(c.id(), a.budget() / channels.size(), Double::sum);
      }
    }
    // Spend follows the same trace as the money figures, so it is read from them rather than recounted.
    Map<String, Double> spentByChannel = new HashMap<>();
    for (Channel c : plan.channels().list()) {
      spentByChannel.put(c.id(), MoneyFigures.get(money.byChannel(), c.id()).recordedCost());
    }
    Map<String, Double> spentByPillar = new LinkedHashMap<>();
    for (Pillar p : plan.framework().pillars()) {
      spentByPillar.put(p.id(), MoneyFigures.get(money.byPillar(), p.id()).recordedCost());
    }
    double spent = money.plan().recordedCost();
    return new Budget(
        java.util.Collections.unmodifiableMap(byPillar),
        java.util.Collections.unmodifiableMap(byChannel),
        Map.copyOf(spentByChannel),
        java.util.Collections.unmodifiableMap(spentByPillar),
        planned,
        spent);
  }
}
