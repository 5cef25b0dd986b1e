package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Aggregate;
import io.github.socialstrategy.core.model.Better;
import io.github.socialstrategy.core.model.Channel;
import io.github.socialstrategy.core.model.Kpi;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.ScopeKind;
import io.github.socialstrategy.core.model.Strategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link Review}: effort, money and results per channel, strategy and pillar, each row's share of the
 * plan's effort against its share of the results, and the adjustments those figures suggest. Results are those
 * dated up to the report date, attributed along the trace as money is.
 */
final class ReviewAnalyzer {

  private final Plan plan;
  private final ResultIndex index;
  private final Analyzer.RollUps rollUps;
  private final MoneyFigures money;
  private final Effort effort;
  private final List<KpiStatus> kpis;
  /** The metrics the review looks at: KPI metrics and the inputs of derived ones, measured, in plan order. */
  private final List<Metric> kpiMetrics;
  /** The metrics results are counted in: KPI metrics, and what raises derived ones (their drivers). */
  private final Set<String> resultIds;

  private final Pacing.Thresholds thresholds;

  ReviewAnalyzer(Plan plan, ResultIndex index, Analyzer.RollUps rollUps, MoneyFigures money, Effort effort, List<KpiStatus> kpis, Pacing.Thresholds thresholds) {
    this.thresholds = thresholds;
    this.plan = plan;
    this.index = index;
    this.rollUps = rollUps;
    this.money = money;
    this.effort = effort;
    this.kpis = kpis;
    // The KPI metrics, and the inputs of derived ones (what moves a rate is its numerator).
    Set<String> ids = new LinkedHashSet<>();
    plan.objectives().list().forEach(o -> o.kpis().forEach(k -> ids.add(k.metric().id())));
    Set<String> results = new LinkedHashSet<>(ids);
    for (String id : List.copyOf(ids)) {
      Metric m = plan.metrics().get(id);
      if (m != null && m.isDerived()) {
        try {
          Formula f = Formula.parse(m.formula());
          ids.addAll(f.metricIds());
          results.addAll(f.drivers());
        } catch (Formula.FormulaException e) {
          // formula-error reports it
        }
      }
    }
    this.resultIds = Set.copyOf(results);
    List<Metric> metrics = new ArrayList<>();
    for (Metric m : plan.metrics().list()) {
      if (ids.contains(m.id()) && !m.isDerived()) {
        metrics.add(m);
      }
    }
    this.kpiMetrics = List.copyOf(metrics);
  }

  Review review(Map<String, List<Benefit>> benefitsByActivity, Map<String, List<Benefit>> benefitsByChannel) {
    if (plan.asOf() == null) {
      return Review.EMPTY;
    }
    Map<String, List<Analyzer.Part>> channelParts = channelParts();
    Map<String, Double> channelHours = channelHours();
    List<Draft> channels = drafts("channel", channelParts, channelHours, money.byChannel());
    Map<String, Double> strategyHours = new LinkedHashMap<>();
    for (Strategy s : plan.strategies().list()) {
      strategyHours.put(s.id(), 0.0);
    }
    for (Activity a : plan.activities().list()) {
      List<Strategy> ss = plan.strategiesOf(a);
      for (Strategy s : ss) {
        strategyHours.merge(s.id(), effort.byActivity().getOrDefault(a.id(), 0.0) / ss.size(), Double::sum);
      }
    }
    Map<String, List<Analyzer.Part>> strategyParts = strategyParts();
    List<Draft> strategies = drafts("strategy", strategyParts, strategyHours, money.byStrategy());
    Map<String, List<Analyzer.Part>> pillarParts = new LinkedHashMap<>();
    plan.framework().pillars().forEach(p -> pillarParts.put(p.id(), rollUps.pillars().getOrDefault(p.id(), List.of())));
    List<Draft> pillars = drafts("pillar", pillarParts, effort.byPillar(), money.byPillar());

    List<Metric> resultMetrics = resultMetrics(channels);
    List<Metric> strategyMetrics = resultMetrics(strategies);
    Map<String, Double> achieved = achievedByPillar();
    List<Review.Row> channelRows = rows(channels, id -> resultMetrics, id -> true);
    // A strategy is judged by what it is for: the metrics of its objectives' KPIs (recorded per activity).
    List<Review.Row> strategyRows = rows(strategies, id -> {
      Strategy st = plan.strategies().get(id);
      return strategyMetrics.stream().filter(m -> st != null && plan.objectivesOf(st).stream().anyMatch(o -> measures(o, m.id(), plan))).toList();
    }, id -> fullyMeasured(plan.strategies().get(id), strategyMetrics));
    List<Review.Row> pillarRows = new ArrayList<>();
    for (Review.Row r : rows(pillars, id -> List.of(), id -> false)) {
      pillarRows.add(new Review.Row(r.kind(), r.id(), r.hours(), r.hoursShare(), r.money(), achieved.getOrDefault(r.id(), Double.NaN), r.moved(), List.of(),
          false));
    }
    List<Review.Adjustment> adjustments = new Adjustments(plan, kpis, channelRows, strategyRows, pillarRows, achieved,
        money, benefitsByActivity, benefitsByChannel, thresholds).all();
    return new Review(channelRows, strategyRows, pillarRows, resultMetrics, achieved, adjustments);
  }

  /** One row before shares: its hours, money, and per KPI metric its results per day. */
  private record Draft(String kind, String id, double hours, Money money, Map<String, TreeMap<LocalDate, Double>> daily) {}

  private List<Draft> drafts(String kind, Map<String, List<Analyzer.Part>> parts, Map<String, Double> hours, Map<String, Money> moneyById) {
    List<Draft> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>(hours.keySet());
    ids.addAll(parts.keySet());
    for (String id : ids) {
      Map<String, TreeMap<LocalDate, Double>> daily = new LinkedHashMap<>();
      for (Metric m : kpiMetrics) {
        TreeMap<LocalDate, Double> d = daily(parts.getOrDefault(id, List.of()), m);
        if (!d.isEmpty()) {
          daily.put(m.id(), d);
        }
      }
      double h = hours.getOrDefault(id, 0.0);
      if (id.equals(Coverage.NO_CHANNEL) && h == 0 && daily.isEmpty()) {
        continue;
      }
      out.add(new Draft(kind, id, h, MoneyFigures.get(moneyById, id), daily));
    }
    return out;
  }

  /**
   * A metric's results per day over an entity's parts: a count or an amount adds up, each part times its share; a
   * level (a rate, a response time) does not split, so the parts' values of a day are averaged.
   */
  private TreeMap<LocalDate, Double> daily(List<Analyzer.Part> parts, Metric m) {
    boolean sum = m.aggregate() == Aggregate.SUM;
    TreeMap<LocalDate, Double> total = new TreeMap<>();
    TreeMap<LocalDate, Integer> count = new TreeMap<>();
    for (Analyzer.Part p : parts) {
      var s = index.scoped(m.id(), p.kind(), p.id());
      if (p.campaign() != null) {
        s = s.subMap(p.campaign().period().start(), true, p.campaign().period().end(), true);
      }
      s.forEach((d, v) -> {
        double share = !sum ? 1 : p.campaign() == null ? p.share() : Analyzer.campaignShare(plan, p.id(), d);
        total.merge(d, v * share, Double::sum);
        count.merge(d, 1, Integer::sum);
      });
    }
    if (!sum) {
      total.replaceAll((d, v) -> v / count.get(d));
    }
    return total;
  }

  /** The KPI metrics that add up (measured, {@code sum}, higher is better) with results attributed to some row. */
  private List<Metric> resultMetrics(List<Draft> drafts) {
    List<Metric> out = new ArrayList<>();
    for (Metric m : kpiMetrics) {
      if (resultIds.contains(m.id()) && m.aggregate() == Aggregate.SUM && m.better() == Better.HIGHER && total(drafts, m) > 0) {
        out.add(m);
      }
    }
    return out;
  }

  private static double total(List<Draft> drafts, Metric m) {
    double t = 0;
    for (Draft d : drafts) {
      TreeMap<LocalDate, Double> s = d.daily().get(m.id());
      if (s != null) {
        for (double v : s.values()) {
          t += v;
        }
      }
    }
    return t;
  }

  private List<Review.Row> rows(
      List<Draft> drafts, java.util.function.Function<String, List<Metric>> resultMetricsOf, java.util.function.Predicate<String> judged) {
    double hours = 0;
    for (Draft d : drafts) {
      hours += d.hours();
    }
    Map<String, Double> totals = new LinkedHashMap<>();
    for (Metric m : kpiMetrics) {
      totals.put(m.id(), total(drafts, m));
    }
    LocalDate from = plan.period() == null ? null : plan.period().start();
    List<Review.Row> out = new ArrayList<>();
    for (Draft d : drafts) {
      List<Review.Moved> moved = new ArrayList<>();
      for (Metric m : kpiMetrics) {
        TreeMap<LocalDate, Double> s = d.daily().get(m.id());
        if (s == null) {
          continue;
        }
        double value = value(s, m);
        double share = m.aggregate() == Aggregate.SUM && totals.get(m.id()) > 0 ? 100 * value / totals.get(m.id()) : Double.NaN;
        LocalDate start = from != null ? from : s.firstKey();
        double movement = plan.asOf().isBefore(start) ? Double.NaN : Movement.of(s, start, plan.asOf(), m);
        moved.add(new Review.Moved(m, value, share, movement));
      }
      double resultsShare = Double.NaN;
      List<Metric> resultMetrics = resultMetricsOf.apply(d.id());
      if (!resultMetrics.isEmpty()) {
        double sum = 0;
        for (Metric m : resultMetrics) {
          double total = totals.get(m.id());
          TreeMap<LocalDate, Double> s = d.daily().get(m.id());
          sum += total > 0 && s != null ? 100 * value(s, m) / total : 0;
        }
        resultsShare = sum / resultMetrics.size();
      }
      out.add(new Review.Row(d.kind(), d.id(), d.hours(), hours > 0 ? 100 * d.hours() / hours : 0, d.money(), resultsShare, moved, resultMetrics,
          judged.test(d.id()) && !resultMetrics.isEmpty()));
    }
    return out;
  }

  private static double value(TreeMap<LocalDate, Double> s, Metric m) {
    return switch (m.aggregate()) {
      case SUM -> s.values().stream().mapToDouble(Double::doubleValue).sum();
      case AVERAGE -> s.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      case LAST -> s.lastEntry().getValue();
      case MAX -> s.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
      case MIN -> s.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    };
  }

  /** Channel id to its parts: results scoped to it, and to each activity on it (a count split over the activity's channels). */
  private Map<String, List<Analyzer.Part>> channelParts() {
    Map<String, List<Analyzer.Part>> out = new LinkedHashMap<>();
    for (Channel c : plan.channels().list()) {
      List<Analyzer.Part> parts = new ArrayList<>();
      parts.add(new Analyzer.Part(ScopeKind.CHANNEL, c.id(), 1, null));
      for (Activity a : plan.activitiesOn(c)) {
        parts.add(new Analyzer.Part(ScopeKind.ACTIVITY, a.id(), 1.0 / plan.channelsOf(a).size(), null));
      }
      out.put(c.id(), parts);
    }
    List<Analyzer.Part> internal = new ArrayList<>();
    for (Activity a : plan.activities().list()) {
      if (plan.channelsOf(a).isEmpty()) {
        internal.add(new Analyzer.Part(ScopeKind.ACTIVITY, a.id(), 1, null));
      }
    }
    out.put(Coverage.NO_CHANNEL, internal);
    return out;
  }

  /**
   * Strategy id to its parts: its activities' results (each split equally over the activity's strategies), and
   * the results recorded per channel, which the activities on that channel produce: split equally over them,
   * then as theirs. A channel's newsletter revenue thus reaches the strategy whose activities run the newsletter.
   */
  private Map<String, List<Analyzer.Part>> strategyParts() {
    Map<String, List<Analyzer.Part>> out = new LinkedHashMap<>();
    plan.strategies().list().forEach(s -> out.put(s.id(), new ArrayList<>(rollUps.strategies().getOrDefault(s.id(), List.of()))));
    for (Channel c : plan.channels().list()) {
      List<Activity> on = plan.activitiesOn(c);
      for (Activity a : on) {
        List<Strategy> ss = plan.strategiesOf(a);
        for (Strategy s : ss) {
          out.get(s.id()).add(new Analyzer.Part(ScopeKind.CHANNEL, c.id(), 1.0 / on.size() / ss.size(), null));
        }
      }
    }
    return out;
  }

  private Map<String, Double> channelHours() {
    Map<String, Double> out = new LinkedHashMap<>();
    plan.channels().list().forEach(c -> out.put(c.id(), 0.0));
    out.put(Coverage.NO_CHANNEL, 0.0);
    for (Activity a : plan.activities().list()) {
      double h = effort.byActivity().getOrDefault(a.id(), 0.0);
      List<Channel> cs = plan.channelsOf(a);
      if (cs.isEmpty()) {
        out.merge(Coverage.NO_CHANNEL, h, Double::sum);
      }
      for (Channel c : cs) {
        out.merge(c.id(), h / cs.size(), Double::sum);
      }
    }
    return out;
  }

  /**
   * Each pillar's achieved share, in percent: its planned share of effort scaled by how well its KPIs attain
   * against the plan's average, {@code planned share * mean attainment / effort-weighted mean attainment}, each
   * scored KPI's attainment capped to 0-150% and limits left out (they count down). When every pillar's KPIs attain
   * alike, achieved equals planned; a pillar whose KPIs lag gets less than its effort. A pillar without a scored KPI
   * has none (absent); empty when no KPI is scored or nothing is planned.
   */
  private Map<String, Double> achievedByPillar() {
    Map<String, double[]> byPillar = new LinkedHashMap<>();
    for (KpiStatus k : kpis) {
      if (!k.scored() || k.kind() == KpiStatus.Kind.LIMIT) {
        continue;
      }
      Pillar p = plan.pillarOf(k.objective());
      if (p == null) {
        continue;
      }
      double[] sumAndCount = byPillar.computeIfAbsent(p.id(), id -> new double[2]);
      sumAndCount[0] += Math.max(0, Math.min(1.5, k.attainment()));
      sumAndCount[1]++;
    }
    double weighted = 0;
    double planned = 0;
    for (Pillar p : plan.framework().pillars()) {
      double[] sc = byPillar.get(p.id());
      if (sc != null) {
        weighted += effort.percent(p.id()) * sc[0] / sc[1];
        planned += effort.percent(p.id());
      }
    }
    if (planned <= 0 || weighted <= 0) {
      return Map.of();
    }
    double average = weighted / planned;
    Map<String, Double> out = new LinkedHashMap<>();
    for (Pillar p : plan.framework().pillars()) {
      double[] sc = byPillar.get(p.id());
      if (sc != null) {
        out.put(p.id(), effort.percent(p.id()) * (sc[0] / sc[1]) / average);
      }
    }
    return out;
  }

  /**
   * Whether every KPI of the objectives a strategy serves is measured by one of the result metrics (itself, or a
   * derived KPI all of whose drivers are): only then does its results share say all it is for.
   */
  private boolean fullyMeasured(Strategy s, List<Metric> resultMetrics) {
    if (s == null) {
      return false;
    }
    Set<String> ids = new java.util.HashSet<>();
    resultMetrics.forEach(m -> ids.add(m.id()));
    for (Objective o : plan.objectivesOf(s)) {
      for (Kpi k : o.kpis()) {
        Metric m = plan.metrics().get(k.metric().id());
        if (m == null) {
          continue;
        }
        if (ids.contains(m.id())) {
          continue;
        }
        if (!m.isDerived()) {
          return false;
        }
        try {
          if (!ids.containsAll(Formula.parse(m.formula()).drivers())) {
            return false;
          }
        } catch (Formula.FormulaException e) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether an objective has a KPI on the metric, or on a derived metric the metric drives. */
  static boolean measures(Objective o, String metricId, Plan plan) {
    for (Kpi k : o.kpis()) {
      if (k.metric().id().equals(metricId)) {
        return true;
      }
      Metric m = plan.metrics().get(k.metric().id());
      if (m != null && m.isDerived()) {
        try {
          if (Formula.parse(m.formula()).drivers().contains(metricId)) {
            return true;
          }
        } catch (Formula.FormulaException e) {
          // formula-error reports it
        }
      }
    }
    return false;
  }
}
