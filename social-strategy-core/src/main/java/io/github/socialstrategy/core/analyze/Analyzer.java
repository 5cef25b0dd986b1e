package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Channel;
import io.github.socialstrategy.core.model.Goal;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Computes the {@link Figures} of a resolved plan: passes over the results and the activities, each linear. */
public final class Analyzer {

  private Analyzer() {}

  /** Computes every figure of a resolved plan; KPI pacing is judged with the given thresholds. */
  public static Figures figures(Plan plan, Pacing.Thresholds thresholds) {
    Map<String, MetricSeries> measured = measured(plan);
    MetricValues values = new MetricValues(plan, measured);
    Map<String, MetricSeries> series = series(plan, measured, values);
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
    DaySums.Adder adder = index.adder();
    for (Channel c : plan.channels().list()) {
      List<Benefit> b = channelBenefits(plan, index, adder, c, MoneyFigures.get(money.byChannel(), c.id()).cost());
      if (!b.isEmpty()) {
        byChannel.put(c.id(), b);
      }
    }
    RollUps rollUps = rollUps(plan);
    Effort effort = Effort.of(plan);
    List<KpiStatus> kpis = new KpiAnalyzer(plan, values, thresholds).all();
    Budget budget = budget(plan, money);
    Map<String, List<Benefit>> benefitsByActivity = Map.copyOf(byActivity);
    Map<String, List<Benefit>> benefitsByChannel = Map.copyOf(byChannel);
    Review review = new ReviewAnalyzer(plan, index, rollUps, money, effort, kpis, thresholds).review(benefitsByActivity, benefitsByChannel);
    return new Figures(
        traced,
        effort,
        coverage(plan),
        kpis,
        budget,
        money,
        benefitsByActivity,
        benefitsByChannel,
        series,
        index,
        rolledUp(plan, index, rollUps.campaigns(), money.byCampaign()),
        rolledUp(plan, index, rollUps.strategies(), money.byStrategy()),
        rolledUp(plan, index, rollUps.objectives(), money.byObjective()),
        rolledUp(plan, index, rollUps.pillars(), money.byPillar()),
        values,
        CampaignOutcome.of(plan, index),
        review);
  }

  /**
   * Part of an entity's results: one scope's results times a share. With a campaign, an activity's results
   * count only during that campaign, and the share is worked out per day ({@link #campaignShare}).
   */
  record Part(ScopeKind kind, String id, double share, Campaign campaign) {}

  record RollUps(
      Map<String, List<Part>> campaigns, Map<String, List<Part>> strategies, Map<String, List<Part>> objectives, Map<String, List<Part>> pillars) {}

  /** Which results make up each campaign, strategy, objective and pillar: the same trace the money follows. */
  static RollUps rollUps(Plan plan) {
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
    DaySums.Adder daily = index.adder();
    parts.forEach((id, list) -> {
      List<Benefit> benefits = new ArrayList<>();
      int[] scopes = new int[list.size()];
      for (int k = 0; k < scopes.length; k++) {
        scopes[k] = index.scopeNumber(list.get(k).kind(), list.get(k).id());
      }
      for (Metric m : plan.metrics().list()) {
        if (m.financial() || m.isDerived() || m.aggregate() != io.github.socialstrategy.core.model.Aggregate.SUM) {
          continue;
        }
        int metric = index.metricNumber(m.id());
        for (int k = 0; k < scopes.length; k++) {
          Part p = list.get(k);
          DaySums s = index.days(metric, scopes[k]);
          if (p.campaign() == null) {
            daily.addAll(s, p.share());
            continue;
          }
          s = s.between(p.campaign().period().start().toEpochDay(), p.campaign().period().end().toEpochDay());
          for (int i = 0; i < s.size(); i++) {
            daily.add(s.day(i), s.sum(i) * campaignShare(plan, p.id(), LocalDate.ofEpochDay(s.day(i))));
          }
        }
        if (!daily.isEmpty()) {
          benefits.add(benefit(plan, m, daily.take(), MoneyFigures.get(money, id).cost()));
        }
      }
      if (!benefits.isEmpty()) {
        out.put(id, List.copyOf(benefits));
      }
    });
    return Map.copyOf(out);
  }

  /** The share of an activity's result on a day that goes to each of its campaigns running that day. */
  static double campaignShare(Plan plan, String activityId, LocalDate day) {
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
      DaySums daily = index.days(m.id(), kind, id);
      if (!daily.isEmpty()) {
        out.add(benefit(plan, m, daily, cost));
      }
    }
    return out;
  }

  private static List<Benefit> channelBenefits(Plan plan, ResultIndex index, DaySums.Adder daily, Channel c, double cost) {
    List<Benefit> out = new ArrayList<>();
    for (Metric m : plan.metrics().list()) {
      if (m.financial() || m.isDerived()) {
        continue;
      }
      daily.addAll(index.days(m.id(), ScopeKind.CHANNEL, c.id()));
      for (Activity a : plan.activitiesOn(c)) {
        // a count adds up, so an activity on several channels gives each its share; a level (a response time,
        // a rate) does not split
        double share = m.aggregate() == io.github.socialstrategy.core.model.Aggregate.SUM ? 1.0 / plan.channelsOf(a).size() : 1;
        daily.addAll(index.days(m.id(), ScopeKind.ACTIVITY, a.id()), share);
      }
      if (!daily.isEmpty()) {
        out.add(benefit(plan, m, daily.take(), cost));
      }
    }
    return out;
  }

  private static Benefit benefit(Plan plan, Metric m, DaySums daily, double cost) {
    double value = switch (m.aggregate()) {
      case SUM -> daily.stream().sum();
      case AVERAGE -> daily.stream().average().orElse(Double.NaN);
      case LAST -> daily.sum(daily.size() - 1);
      case MAX -> daily.stream().max().orElse(Double.NaN);
      case MIN -> daily.stream().min().orElse(Double.NaN);
    };
    // The later half of the entity's own results against the earlier half.
    double movement = daily.size() < 2 ? Double.NaN : Movement.halves(daily, daily.firstDay(), daily.lastDay(), m);
    double perResult = m.aggregate() == io.github.socialstrategy.core.model.Aggregate.SUM && cost > 0 && value > 0
        && m.unit() == io.github.socialstrategy.core.model.Unit.COUNT ? cost / value : Double.NaN;
    return new Benefit(m, value, movement, perResult);
  }



  /** Each measured metric's results summed per day over every scope (every result, whatever its date). */
  private static Map<String, MetricSeries> measured(Plan plan) {
    List<Result> results = plan.results();
    Map<String, Integer> number = new HashMap<>();
    List<String> ids = new ArrayList<>();
    int[] key = new int[results.size()];
    int[] day = new int[key.length];
    double[] value = new double[key.length];
    int n = 0;
    for (Result r : results) {
      Integer k = number.get(r.metric());
      if (k == null) {
        if (!plan.metrics().contains(r.metric())) {
          continue;
        }
        k = ids.size();
        number.put(r.metric(), k);
        ids.add(r.metric());
      }
      key[n] = k;
      day[n] = (int) r.date().toEpochDay();
      value[n++] = r.value();
    }
    DayTable table = new DayTable(key, day, value, n, ids.size());
    Map<String, MetricSeries> out = new HashMap<>();
    for (int k = 0; k < ids.size(); k++) {
      int from = table.keyStart[k];
      int to = table.keyStart[k + 1];
      LocalDate[] dates = new LocalDate[to - from];
      for (int i = from; i < to; i++) {
        dates[i - from] = LocalDate.ofEpochDay(table.days[i]);
      }
      out.put(ids.get(k), new MetricSeries(dates, java.util.Arrays.copyOfRange(table.sums, from, to), java.util.Arrays.copyOfRange(table.counts, from, to)));
    }
    return out;
  }

  /**
   * The series the site shows per metric: a measured metric's days; a derived metric's weeks or months (its
   * formula over its inputs' values in each), unless it has rows of its own.
   */
  private static Map<String, MetricSeries> series(Plan plan, Map<String, MetricSeries> measured, MetricValues values) {
    Map<String, MetricSeries> out = new LinkedHashMap<>();
    for (Metric m : plan.metrics().list()) {
      MetricSeries own = measured.get(m.id());
      if (own != null) {
        out.put(m.id(), own);
      } else if (m.isDerived()) {
        List<Point> buckets = values.perBucket(m);
        if (!buckets.isEmpty()) {
          TreeMap<LocalDate, double[]> d = new TreeMap<>();
          buckets.forEach(p -> d.put(p.date(), new double[] {p.value(), 1}));
          out.put(m.id(), toSeries(d));
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
