package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.analyze.Figures;
import io.github.socialstrategy.core.analyze.KpiStatus;
import io.github.socialstrategy.core.analyze.Money;
import io.github.socialstrategy.core.analyze.MoneyFigures;
import io.github.socialstrategy.core.analyze.Movement;
import io.github.socialstrategy.core.analyze.Pacing;
import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Channel;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Kpi;
import io.github.socialstrategy.core.model.Level;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.ScopeKind;
import io.github.socialstrategy.core.model.Status;
import io.github.socialstrategy.core.model.Strategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Findings about the plan's performance, judged from its figures: campaigns that moved something other
 * than what they were for, objectives off track, negative ROI, budget overruns, idle strategies, and
 * objectives measured by outputs only.
 */
public final class ResultFindings {

  /** A KPI metric that improved less than this, in percent, "barely moved". */
  public static final double BARELY_MOVED = 5;

  /** Another metric that improved at least this much, in percent, "moved markedly". */
  public static final double MOVED_MARKEDLY = 20;

  /** Days with financial results an entity needs before its ROI is judged. */
  public static final int MIN_RETURN_DAYS = 4;

  public void check(Plan plan, Figures figures, Diagnostics out) {
    offTrack(plan, figures, out);
    outputOnly(plan, out);
    idle(plan, out);
    money(plan, figures.money(), out);
    misaligned(plan, figures, out);
  }

  private static void offTrack(Plan plan, Figures figures, Diagnostics out) {
    for (KpiStatus k : figures.kpis()) {
      Pacing p = k.pacing();
      if (p.state() != Pacing.State.OFF_TRACK) {
        continue;
      }
      out.report(
          Rule.OFF_TRACK_OBJECTIVE,
          k.kpi().metric().location(),
          "objective '" + k.objective().id() + "' is off track on KPI '" + k.kpi().metric().id() + "': "
              + pct(100 * p.progress()) + " reached where " + pct(100 * p.expected()) + " was expected by " + plan.asOf()
              + " (" + points(p.gapPoints()) + " points behind); act on it, or revise its target or due date");
    }
  }

  private static void outputOnly(Plan plan, Diagnostics out) {
    for (Objective o : plan.objectives().list()) {
      if (o.kpis().isEmpty()) {
        continue;
      }
      boolean allOutputs = true;
      for (Kpi k : o.kpis()) {
        Metric m = plan.metrics().get(k.metric().id());
        if (m == null || m.level() != Level.OUTPUT) {
          allOutputs = false;
          break;
        }
      }
      if (allOutputs) {
        out.report(
            Rule.OUTPUT_ONLY_MEASUREMENT,
            o.source().of("id"),
            "objective '" + o.id() + "' is measured only by output metrics ("
                + String.join(", ", o.kpis().stream().map(k -> k.metric().id()).toList())
                + "): outputs are not outcomes; add a KPI on an outtake, outcome or impact metric");
      }
    }
  }

  private static void idle(Plan plan, Diagnostics out) {
    LocalDate asOf = plan.asOf();
    if (asOf == null || plan.period() == null || !plan.period().contains(asOf)) {
      return;
    }
    for (Strategy s : plan.strategies().list()) {
      if (plan.activitiesOf(s).isEmpty()) {
        continue; // no activity at all: uncovered-objective already says so
      }
      boolean active = false;
      for (Activity a : plan.activitiesOf(s)) {
        LocalDate start = plan.startOf(a);
        LocalDate end = plan.endOf(a);
        boolean running = (a.status() == Status.ACTIVE || a.status() == Status.PLANNED)
            && start != null && end != null && !asOf.isBefore(start) && !asOf.isAfter(end);
        if (running) {
          active = true;
          break;
        }
      }
      if (!active) {
        out.report(
            Rule.IDLE_STRATEGY,
            s.source().of("id"),
            "strategy '" + s.id() + "' has no activity running on " + asOf
                + "; schedule an activity for it, or drop the strategy");
      }
    }
  }

  private static void money(Plan plan, MoneyFigures money, Diagnostics out) {
    String cur = plan.info() == null || plan.info().currency() == null ? "" : plan.info().currency() + " ";
    for (Activity a : plan.activities().list()) {
      Money m = MoneyFigures.get(money.byActivity(), a.id());
      negativeRoi(m, a.source().of("id"), "activity '" + a.id() + "'", cur, out);
      if (a.budget() != null) {
        overrun(m, a.source().of("budget"), "activity '" + a.id() + "'", cur, out);
      }
    }
    for (Channel c : plan.channels().list()) {
      negativeRoi(MoneyFigures.get(money.byChannel(), c.id()), c.source().of("id"), "channel '" + c.id() + "'", cur, out);
    }
    for (Campaign c : plan.campaigns().list()) {
      Money m = MoneyFigures.get(money.byCampaign(), c.id());
      negativeRoi(m, c.source().of("id"), "campaign '" + c.id() + "'", cur, out);
      if (c.budget() != null) {
        overrun(m, c.source().of("budget"), "campaign '" + c.id() + "'", cur, out);
      }
    }
    if (plan.info() != null && plan.activities().list().stream().anyMatch(a -> a.budget() != null)) {
      overrun(money.plan(), plan.info().source().at(), "the plan (all activity budgets)", cur, out);
    }
  }

  private static void negativeRoi(Money m, io.github.socialstrategy.core.model.Location at, String who, String cur, Diagnostics out) {
    if (m.returnDays() < MIN_RETURN_DAYS || m.cost() <= 0 || m.financialReturn() >= m.cost()) {
      return;
    }
    out.report(
        Rule.NEGATIVE_ROI,
        at,
        who + " returned " + cur + whole(m.financialReturn()) + " for a "
            + (m.costRecorded() ? "recorded cost" : m.recordedCost() > 0 ? "cost (recorded, else planned budget to date)" : "planned budget to date")
            + " of " + cur + whole(m.cost()) + " (ROI " + pct(100 * m.roi())
            + "); weigh its non-financial benefits before cutting it, otherwise change or stop it");
  }

  private static void overrun(Money m, io.github.socialstrategy.core.model.Location at, String who, String cur, Diagnostics out) {
    // Called only where a budget is written: a budget of 0 is overrun by any recorded cost.
    if (m.recordedCost() <= m.planned()) {
      return;
    }
    out.report(
        Rule.BUDGET_OVERRUN,
        at,
        who + " has spent " + cur + whole(m.recordedCost()) + ", over its budget of " + cur + whole(m.planned()) + " by "
            + (m.planned() > 0 ? pct(100 * (m.recordedCost() - m.planned()) / m.planned()) : cur + whole(m.recordedCost()))
            + "; raise the budget or slow the spending");
  }

  /**
   * A campaign past its end whose intended KPI metrics barely moved during it (over every scope, against the
   * equal period before) while a metric recorded for the campaign or its activities moved markedly.
   */
  private static void misaligned(Plan plan, Figures figures, Diagnostics out) {
    LocalDate asOf = plan.asOf();
    for (Campaign c : plan.campaigns().list()) {
      if (asOf == null || c.period() == null || !c.period().isValid() || !c.period().end().isBefore(asOf)) {
        continue;
      }
      LocalDate from = c.period().start();
      LocalDate to = c.period().end();
      Set<String> intended = new LinkedHashSet<>();
      for (Objective o : plan.intentOf(c)) {
        o.kpis().forEach(k -> intended.add(k.metric().id()));
      }
      List<String> intendedMoves = new ArrayList<>();
      boolean anyMeasured = false;
      boolean allBarely = true;
      for (String id : intended) {
        Metric m = plan.metrics().get(id);
        if (m == null || m.isDerived()) {
          continue;
        }
        double mv = Movement.of(figures.results().all(id), from, to, m);
        if (Double.isNaN(mv)) {
          continue;
        }
        anyMeasured = true;
        intendedMoves.add(id + " " + signed(mv));
        if (mv >= BARELY_MOVED) {
          allBarely = false;
        }
      }
      if (!anyMeasured || !allBarely) {
        continue;
      }
      List<String> marked = new ArrayList<>();
      for (Metric m : plan.metrics().list()) {
        if (intended.contains(m.id()) || m.isDerived()) {
          continue;
        }
        NavigableMap<LocalDate, Double> touched = new TreeMap<>(figures.results().scoped(m.id(), ScopeKind.CAMPAIGN, c.id()));
        for (Activity a : plan.activitiesOf(c)) {
          for (Map.Entry<LocalDate, Double> e : figures.results().scoped(m.id(), ScopeKind.ACTIVITY, a.id()).entrySet()) {
            touched.merge(e.getKey(), e.getValue(), Double::sum);
          }
        }
        double mv = Movement.of(touched, from, to, m);
        if (!Double.isNaN(mv) && mv >= MOVED_MARKEDLY) {
          marked.add(m.id() + " " + signed(mv));
        }
      }
      if (marked.isEmpty()) {
        continue;
      }
      out.report(
          Rule.MISALIGNED_CAMPAIGN,
          c.source().of("id"),
          "campaign '" + c.id() + "' was meant to move " + String.join(", ", plan.intentOf(c).stream().map(Objective::id).toList())
              + ", whose KPIs barely moved during it (" + String.join(", ", intendedMoves) + "), while it moved "
              + String.join(", ", marked) + "; judge it by what it achieved: add the objectives it moved to its intent, "
              + "or rebalance its activities");
    }
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", v);
  }

  private static String points(double v) {
    return String.format(Locale.ROOT, "%.1f", Math.abs(v));
  }

  private static String signed(double v) {
    return String.format(Locale.ROOT, "%+.1f%%", v);
  }

  private static String whole(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }
}
