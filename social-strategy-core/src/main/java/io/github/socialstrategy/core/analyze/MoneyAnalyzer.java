package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Channel;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.ScopeKind;
import io.github.socialstrategy.core.model.Strategy;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes {@link MoneyFigures}: one pass over the results up to the report date, then the roll-ups. */
final class MoneyAnalyzer {

  private MoneyAnalyzer() {}

  static MoneyFigures of(Plan plan) {
    LocalDate asOf = plan.asOf();
    Map<String, double[]> activity = new HashMap<>(); // cost, return
    Map<String, Set<LocalDate>> activityDays = new HashMap<>();
    Map<String, double[]> channel = new HashMap<>();
    Map<String, Set<LocalDate>> channelDays = new HashMap<>();
    Map<String, double[]> campaign = new HashMap<>();
    Map<String, Set<LocalDate>> campaignDays = new HashMap<>();
    Map<String, double[]> campaignOwn = new HashMap<>();
    Map<String, Set<LocalDate>> campaignOwnDays = new HashMap<>();
    double[] plan0 = new double[2];
    Set<LocalDate> planDays = new HashSet<>();
    for (Result r : plan.results()) {
      if (asOf != null && r.date().isAfter(asOf)) {
        continue;
      }
      Metric m = plan.metrics().get(r.metric());
      double ret = m != null && m.financial() ? r.value() : 0;
      double cost = r.hasCost() ? r.cost() : 0;
      if (ret == 0 && cost == 0) {
        continue;
      }
      plan0[0] += cost;
      plan0[1] += ret;
      if (ret != 0) {
        planDays.add(r.date());
      }
      Activity a = r.scopeKind() == ScopeKind.ACTIVITY ? plan.activities().get(r.scopeId()) : null;
      if (a != null) {
        add(activity, activityDays, r.scopeId(), cost, ret, r.date());
        List<Campaign> campaigns = plan.campaignsOf(a);
        if (!campaigns.isEmpty()) {
          List<Campaign> cs = campaigns.stream().filter(c -> c.period() != null && c.period().isValid() && c.period().contains(r.date())).toList();
          for (Campaign c : cs) {
            add(campaign, campaignDays, c.id(), cost / cs.size(), ret / cs.size(), r.date());
          }
        }
      } else if (r.scopeKind() == ScopeKind.CHANNEL) {
        add(channel, channelDays, r.scopeId(), cost, ret, r.date());
      } else if (r.scopeKind() == ScopeKind.CAMPAIGN) {
        add(campaign, campaignDays, r.scopeId(), cost, ret, r.date());
        add(campaignOwn, campaignOwnDays, r.scopeId(), cost, ret, r.date());
      }
    }

    Map<String, Money> byActivity = new HashMap<>();
    for (Activity a : plan.activities().list()) {
      double budget = a.budget() == null ? 0 : a.budget();
      double[] v = activity.getOrDefault(a.id(), new double[2]);
      byActivity.put(a.id(), new Money(budget, v[0], budget * elapsed(plan.startOf(a), plan.endOf(a), asOf), v[1],
          activityDays.getOrDefault(a.id(), Set.of()).size()));
    }
    Map<String, Money> byChannel = new HashMap<>();
    for (Channel c : plan.channels().list()) {
      double[] v = channel.getOrDefault(c.id(), new double[2]);
      byChannel.put(c.id(), new Money(0, v[0], 0, v[1], channelDays.getOrDefault(c.id(), Set.of()).size()));
    }
    Map<String, Money> byStrategy = new HashMap<>();
    Map<String, Money> byObjective = new HashMap<>();
    for (Activity a : plan.activities().list()) {
      Money m = byActivity.get(a.id());
      List<Channel> chs = plan.channelsOf(a);
      for (Channel c : chs) {
        byChannel.merge(c.id(), m.times(1.0 / chs.size()), Money::plus);
      }
      List<Strategy> ss = plan.strategiesOf(a);
      for (Strategy s : ss) {
        byStrategy.merge(s.id(), m.times(1.0 / ss.size()), Money::plus);
      }
      List<Objective> os = plan.objectivesOf(a);
      for (Objective o : os) {
        byObjective.merge(o.id(), m.times(1.0 / os.size()), Money::plus);
      }
    }
    Map<String, Money> byCampaign = new HashMap<>();
    for (Campaign c : plan.campaigns().list()) {
      double budget = c.budget() == null ? 0 : c.budget();
      double[] v = campaign.getOrDefault(c.id(), new double[2]);
      LocalDate from = c.period() == null ? null : c.period().start();
      LocalDate to = c.period() == null ? null : c.period().end();
      Money m = new Money(budget, v[0], budget * elapsed(from, to, asOf), v[1], campaignDays.getOrDefault(c.id(), Set.of()).size());
      byCampaign.put(c.id(), m);
    }
    // Campaign-scoped money (not already counted through an activity) reaches objectives through the campaign's intent.
    for (Campaign c : plan.campaigns().list()) {
      double[] v = campaignOwn.get(c.id());
      List<Objective> intent = plan.intentOf(c);
      if (v == null || intent.isEmpty()) {
        continue;
      }
      Money scoped = new Money(0, v[0], 0, v[1], campaignOwnDays.getOrDefault(c.id(), Set.of()).size());
      for (Objective o : intent) {
        byObjective.merge(o.id(), scoped.times(1.0 / intent.size()), Money::plus);
      }
    }
    Map<String, Money> byPillar = new HashMap<>();
    for (Objective o : plan.objectives().list()) {
      Pillar p = plan.pillarOf(o);
      if (p != null) {
        byPillar.merge(p.id(), MoneyFigures.get(byObjective, o.id()), Money::plus);
      }
    }
    double plannedTotal = 0;
    double plannedToDate = 0;
    double cost = plan0[0];
    for (Money m : byActivity.values()) {
      plannedTotal += m.planned();
      plannedToDate += m.plannedToDate();
      if (m.recordedCost() <= 0) {
        cost += m.plannedToDate(); // an activity without recorded cost counts with its planned budget to date
      }
    }
    Money total = new Money(plannedTotal, plan0[0], plannedToDate, plan0[1], planDays.size(), cost);
    return new MoneyFigures(
        Map.copyOf(byActivity), Map.copyOf(byChannel), Map.copyOf(byCampaign), Map.copyOf(byStrategy),
        Map.copyOf(byObjective), Map.copyOf(byPillar), total);
  }

  private static void add(Map<String, double[]> sums, Map<String, Set<LocalDate>> days, String id, double cost, double ret, LocalDate d) {
    double[] v = sums.computeIfAbsent(id, k -> new double[2]);
    v[0] += cost;
    v[1] += ret;
    if (ret != 0) {
      days.computeIfAbsent(id, k -> new HashSet<>()).add(d);
    }
  }

  /** The share of {@code [from, to]} that has passed by {@code asOf}, 0 to 1. */
  static double elapsed(LocalDate from, LocalDate to, LocalDate asOf) {
    if (from == null || to == null || asOf == null || to.isBefore(from)) {
      return 0;
    }
    if (asOf.isBefore(from)) {
      return 0;
    }
    if (!asOf.isBefore(to)) {
      return 1;
    }
    return (asOf.toEpochDay() - from.toEpochDay() + 1.0) / (to.toEpochDay() - from.toEpochDay() + 1.0);
  }
}
