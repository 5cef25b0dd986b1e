package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Channel;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Priority;
import io.github.socialstrategy.core.model.Strategy;
import io.github.socialstrategy.core.model.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The adjustments the review suggests, as plain sentences with the figures behind each, ranked: first the KPIs
 * furthest behind (what is at stake), then effort whose share of results is far below its share of hours, then
 * money returned below its cost (with what else it moved), then pillars whose share of KPI progress lags their
 * share of effort, then what deserves more. The thresholds are the format reference's.
 */
final class Adjustments {

  /** A row whose share of hours is below this, in percent, is too small to judge. */
  static final double MIN_SHARE = 5;

  /** Under-delivers: its share of results is below this fraction of its share of hours. */
  static final double UNDER = 0.5;

  /** Over-delivers: its share of results is at least this multiple of its share of hours. */
  static final double OVER = 1.5;

  /** A pillar whose share of KPI progress is this many points below its share of effort is out of balance. */
  static final double PILLAR_GAP = 10;

  private final Plan plan;
  private final List<KpiStatus> kpis;
  private final List<Review.Row> channels;
  private final List<Review.Row> strategies;
  private final List<Review.Row> pillars;
  private final Map<String, Double> achieved;
  private final MoneyFigures money;
  private final Map<String, List<Benefit>> benefitsByActivity;
  private final Map<String, List<Benefit>> benefitsByChannel;
  private final String currency;
  private final Pacing.Thresholds thresholds;

  Adjustments(
      Plan plan,
      List<KpiStatus> kpis,
      List<Review.Row> channels,
      List<Review.Row> strategies,
      List<Review.Row> pillars,
      Map<String, Double> achieved,
      MoneyFigures money,
      Map<String, List<Benefit>> benefitsByActivity,
      Map<String, List<Benefit>> benefitsByChannel,
      Pacing.Thresholds thresholds) {
    this.thresholds = thresholds;
    this.plan = plan;
    this.kpis = kpis;
    this.channels = channels;
    this.strategies = strategies;
    this.pillars = pillars;
    this.achieved = achieved;
    this.money = money;
    this.benefitsByActivity = benefitsByActivity;
    this.benefitsByChannel = benefitsByChannel;
    this.currency = plan.info() == null || plan.info().currency() == null ? "" : plan.info().currency() + " ";
  }

  List<Review.Adjustment> all() {
    List<Review.Adjustment> out = new ArrayList<>();
    kpisBehind(out);
    moveEffort(channels, out);
    moveEffort(strategies, out);
    returnBelowCost(out);
    rebalance(out);
    scaleUp(channels, out);
    scaleUp(strategies, out);
    out.sort(Comparator.comparing(Review.Adjustment::kind)
        .thenComparing(Comparator.comparingDouble(Review.Adjustment::weight).reversed())
        .thenComparing(Review.Adjustment::subjectKind)
        .thenComparing(Review.Adjustment::subjectId));
    return out;
  }

  private void kpisBehind(List<Review.Adjustment> out) {
    for (KpiStatus k : kpis) {
      Pacing p = k.pacing();
      boolean behind = p.state() == Pacing.State.OFF_TRACK || p.state() == Pacing.State.AT_RISK;
      // A KPI missed by no more than the at-risk margin was as good as on track; the rest need a look.
      boolean missed = p.state() == Pacing.State.FINAL && k.state() == KpiStatus.State.MISSED && p.gapPoints() < -thresholds.atRisk();
      if (!behind && !missed) {
        continue;
      }
      Metric m = k.metric();
      StringBuilder text = new StringBuilder(title(m)).append(": ");
      boolean limit = k.kind() == KpiStatus.Kind.LIMIT;
      if (missed) {
        text.append(limit ? "over its limit: " : "missed: ").append(value(m, k.actual())).append(" by ").append(k.due())
            .append(" against a target of ").append(value(m, k.target())).append(" (")
            .append(limit ? pct(100 * k.attainment()) + " of the limit used" : "attainment " + pct(100 * k.attainment()))
            .append("). Find out why before the next period, and set its next target from what was reached");
      } else {
        text.append(value(m, k.actual())).append(limit ? " used where " : " where ").append(value(m, k.expected()))
            .append(limit ? " was allowed by " : " was expected by ").append(k.asOf()).append(" (")
            .append(limit ? pct(100 * p.progress()) + " of the limit used against " + pct(100 * p.expected()) + " allowed"
                : "attainment " + pct(100 * p.progress()) + " against " + pct(100 * p.expected()) + " expected")
            .append(", ").append(points(p.gapPoints())).append(" points behind)");
        if (k.projection().exists()) {
          text.append("; at this rate ").append(value(m, k.projection().value())).append(" by ").append(k.due());
        }
        text.append(". ").append(limit ? "Slow what drives it" : "Put more behind what moves it");
      }
      String movers = movers(m);
      text.append(movers.isEmpty()
          ? ". Its results are not recorded per channel, so the plan cannot tell which work moves it: record them per channel or activity to find out."
          : ": " + movers + ".");
      double weight = Math.abs(Double.isNaN(p.gapPoints()) ? 0 : p.gapPoints()) * priority(k.objective());
      out.add(new Review.Adjustment(Review.Kind.KPI_BEHIND, "objective", k.objective().id(), title(k.objective()), text.toString(), weight));
    }
  }

  /** The channels that moved a metric (or, for a derived one, its inputs that add up) most, with their shares. */
  private String movers(Metric m) {
    if (m == null) {
      return "";
    }
    List<Metric> metrics = new ArrayList<>();
    if (!m.isDerived() && m.aggregate() != io.github.socialstrategy.core.model.Aggregate.SUM) {
      return levelByChannel(m);
    }
    if (!m.isDerived()) {
      metrics.add(m);
    } else {
      try {
        for (String id : Formula.parse(m.formula()).drivers()) {
          Metric input = plan.metrics().get(id);
          if (input != null && !input.isDerived() && input.aggregate() == io.github.socialstrategy.core.model.Aggregate.SUM) {
            metrics.add(input);
          }
        }
      } catch (Formula.FormulaException e) {
        return "";
      }
    }
    List<String> parts = new ArrayList<>();
    for (Metric metric : metrics) {
      List<Review.Row> rows = new ArrayList<>(channels);
      rows.removeIf(r -> Double.isNaN(share(r, metric)) || share(r, metric) <= 0);
      rows.sort(Comparator.comparingDouble((Review.Row r) -> share(r, metric)).reversed().thenComparing(Review.Row::id));
      if (rows.isEmpty()) {
        continue;
      }
      List<String> top = new ArrayList<>();
      for (Review.Row r : rows.subList(0, Math.min(2, rows.size()))) {
        top.add(channelTitle(r.id()) + " (" + pct(share(r, metric)) + " of " + metric.id() + " for " + pct(r.hoursShare()) + " of planned hours)");
      }
      parts.add(String.join(", ", top));
    }
    return parts.isEmpty() ? "" : "what moves " + (m.isDerived() ? String.join(" and ", metrics.stream().map(Metric::id).toList()) : "it")
        + " most is " + String.join("; ", parts);
  }

  /**
   * A level (a response time, a rating) does not add up over channels, so there is no share: name where it stands
   * worst and best instead, "worst on Facebook (84.3 min) and Instagram (74 min), best on WhatsApp (37.2 min)".
   */
  private String levelByChannel(Metric m) {
    List<Review.Row> rows = new ArrayList<>();
    for (Review.Row r : channels) {
      if (!Double.isNaN(level(r, m))) {
        rows.add(r);
      }
    }
    if (rows.isEmpty()) {
      return "";
    }
    if (rows.size() == 1) {
      // "worst" needs a second channel to be worse than
      Review.Row only = rows.get(0);
      return "it is recorded on " + channelTitle(only.id()) + " only (" + value(m, level(only, m))
          + "), so there is no other channel to compare it with: look at how the work there is done";
    }
    boolean lower = m.better() == io.github.socialstrategy.core.model.Better.LOWER;
    // worst first
    rows.sort(Comparator.comparingDouble((Review.Row r) -> lower ? -level(r, m) : level(r, m)).thenComparing(Review.Row::id));
    List<String> worst = new ArrayList<>();
    for (Review.Row r : rows.subList(0, Math.min(2, rows.size()))) {
      worst.add(channelTitle(r.id()) + " (" + value(m, level(r, m)) + ")");
    }
    String text = "by channel it stands worst on " + String.join(" and ", worst);
    if (rows.size() > 2) {
      Review.Row best = rows.get(rows.size() - 1);
      text += ", best on " + channelTitle(best.id()) + " (" + value(m, level(best, m)) + "): learn from how that channel works";
    }
    return text;
  }

  private static double level(Review.Row r, Metric m) {
    for (Review.Moved mv : r.moved()) {
      if (mv.metric().id().equals(m.id())) {
        return mv.value();
      }
    }
    return Double.NaN;
  }

  private static double share(Review.Row r, Metric m) {
    for (Review.Moved mv : r.moved()) {
      if (mv.metric().id().equals(m.id())) {
        return mv.share();
      }
    }
    return Double.NaN;
  }

  private void moveEffort(List<Review.Row> rows, List<Review.Adjustment> out) {
    for (Review.Row r : rows) {
      if (!r.judged() || r.hoursShare() < MIN_SHARE || Double.isNaN(r.resultsShare()) || r.resultsShare() >= UNDER * r.hoursShare()) {
        continue;
      }
      StringBuilder text = new StringBuilder().append(pct(r.hoursShare())).append(" of planned hours, ")
          .append(pct(r.resultsShare())).append(" of results").append(sharesOf(r));
      Money mo = r.money();
      if (mo.returnDays() == 0) {
        text.append(" and no financial return");
      } else if (!Double.isNaN(mo.roi())) {
        text.append(", ROI ").append(signedPct(100 * mo.roi()));
      }
      String moved = markedMoves(r);
      if (!moved.isEmpty()) {
        text.append("; it did move ").append(moved);
      }
      Review.Row target = bestOver(r, rows);
      if (target != null) {
        text.append(": move effort to ").append(name(target)).append(" (").append(pct(target.hoursShare())).append(" of hours, ")
            .append(pct(target.resultsShare())).append(" of results)");
      } else {
        text.append(": review what it is for, and cut the hours that move nothing");
      }
      if (!moved.isEmpty()) {
        text.append(", keeping what drives ").append(moved.contains(",") ? "those" : "that");
      }
      out.add(new Review.Adjustment(Review.Kind.MOVE_EFFORT, r.kind(), r.id(), name(r), text.append('.').toString(), r.hoursShare() - r.resultsShare()));
    }
  }

  private void scaleUp(List<Review.Row> rows, List<Review.Adjustment> out) {
    for (Review.Row r : rows) {
      if (!isOver(r)) {
        continue;
      }
      String text = pct(r.resultsShare()) + " of results" + sharesOf(r) + " for " + pct(r.hoursShare())
          + " of planned hours: it delivers more than its share; give it more of the effort that others return less for.";
      out.add(new Review.Adjustment(Review.Kind.SCALE_UP, r.kind(), r.id(), name(r), text, r.resultsShare() - r.hoursShare()));
    }
  }

  private static boolean isOver(Review.Row r) {
    return r.judged() && r.hoursShare() > 0 && !Double.isNaN(r.resultsShare()) && r.resultsShare() >= MIN_SHARE && r.resultsShare() >= OVER * r.hoursShare();
  }

  /** The over-delivering row of the same kind that best takes the effort: one that shares a goal or objective first. */
  private Review.Row bestOver(Review.Row from, List<Review.Row> rows) {
    Review.Row best = null;
    boolean bestRelated = false;
    for (Review.Row r : rows) {
      if (r == from || !isOver(r)) {
        continue;
      }
      boolean related = related(from, r);
      if (!related && from.kind().equals("strategy")) {
        continue; // effort moves between strategies that serve the same objective, not across purposes
      }
      if (best == null || (related && !bestRelated) || (related == bestRelated && r.yield() > best.yield())) {
        best = r;
        bestRelated = related;
      }
    }
    return best;
  }

  /** Whether two channels work toward a common goal, or two strategies serve a common objective. */
  private boolean related(Review.Row a, Review.Row b) {
    if (a.kind().equals("strategy")) {
      Strategy sa = plan.strategies().get(a.id());
      Strategy sb = plan.strategies().get(b.id());
      if (sa == null || sb == null) {
        return false;
      }
      Set<Objective> common = new HashSet<>(plan.objectivesOf(sa));
      common.retainAll(plan.objectivesOf(sb));
      return !common.isEmpty();
    }
    return !intersection(goalsOn(a.id()), goalsOn(b.id())).isEmpty();
  }

  private Set<String> goalsOn(String channelId) {
    Set<String> goals = new HashSet<>();
    for (Activity act : plan.activities().list()) {
      boolean on = channelId.equals(Coverage.NO_CHANNEL)
          ? plan.channelsOf(act).isEmpty()
          : plan.channelsOf(act).stream().anyMatch(c -> c.id().equals(channelId));
      if (on) {
        plan.goalsOf(act).forEach(g -> goals.add(g.id()));
      }
    }
    return goals;
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.retainAll(b);
    return out;
  }

  private void returnBelowCost(List<Review.Adjustment> out) {
    for (Activity a : plan.activities().list()) {
      judgeReturn("activity", a.id(), title(a), MoneyFigures.get(money.byActivity(), a.id()), benefitsByActivity.getOrDefault(a.id(), List.of()), out);
    }
    for (Channel c : plan.channels().list()) {
      judgeReturn("channel", c.id(), c.title() == null ? c.id() : c.title(), MoneyFigures.get(money.byChannel(), c.id()),
          benefitsByChannel.getOrDefault(c.id(), List.of()), out);
    }
  }

  private void judgeReturn(String kind, String id, String title, Money m, List<Benefit> benefits, List<Review.Adjustment> out) {
    if (m.returnDays() < MoneyFigures.MIN_RETURN_DAYS || m.cost() <= 0 || m.financialReturn() >= m.cost()) {
      return;
    }
    List<String> moved = new ArrayList<>();
    boolean marked = false;
    for (Benefit b : benefits) {
      if (b.movementPercent() >= CampaignOutcome.BARELY_MOVED) {
        moved.add(b.metric().id() + " " + signedPct(b.movementPercent()));
        marked |= b.movementPercent() >= CampaignOutcome.MOVED_MARKEDLY;
      }
    }
    StringBuilder text = new StringBuilder("the ").append(kind).append(" returned ").append(money(m.financialReturn()))
        .append(" for ").append(money(m.cost())).append(m.costRecorded() ? " of recorded cost" : " of cost").append(" (ROI ")
        .append(signedPct(100 * m.roi())).append(")");
    if (moved.isEmpty()) {
      text.append(", and moved none of its other metrics by 5% or more: change it, or stop it and free its budget.");
    } else if (marked) {
      text.append(", but it moved ").append(String.join(", ", moved))
          .append(": keep it for what it moves; make it cheaper, or give it a clearer path to purchase.");
    } else {
      text.append("; it moved ").append(String.join(", ", moved))
          .append(", if not by much: weigh those against the money before changing it.");
    }
    out.add(new Review.Adjustment(Review.Kind.RETURN_BELOW_COST, kind, id, title, text.toString(), m.cost() - m.financialReturn()));
  }

  private void rebalance(List<Review.Adjustment> out) {
    if (achieved.isEmpty()) {
      return;
    }
    for (Review.Row r : pillars) {
      Double got = achieved.get(r.id());
      if (got == null || r.hoursShare() - got < PILLAR_GAP) {
        continue;
      }
      Review.Row best = null;
      for (Review.Row o : pillars) {
        Double og = achieved.get(o.id());
        if (o != r && og != null && og - o.hoursShare() >= PILLAR_GAP && (best == null || og - o.hoursShare() > achieved.get(best.id()) - best.hoursShare())) {
          best = o;
        }
      }
      String text = pct(r.hoursShare()) + " of planned effort but an achieved share of " + pct(got)
          + ": its KPIs attain less than the plan's average for the effort put in"
          + (best == null ? "; look at which of its activities move its KPIs, and cut the rest."
              : "; " + name(best) + " achieves " + pct(achieved.get(best.id())) + " on " + pct(best.hoursShare())
                  + " of the effort: move effort there, or change how this pillar's effort is spent.");
      out.add(new Review.Adjustment(Review.Kind.REBALANCE_PILLAR, "pillar", r.id(), name(r), text, r.hoursShare() - got));
    }
  }

  /** " (engagements 2.1%, impressions 1.9%)": its shares of the metrics its results share is taken over. */
  private static String sharesOf(Review.Row r) {
    List<String> parts = new ArrayList<>();
    for (Metric m : r.judgedBy()) {
      if (parts.size() < 3) {
        double share = share(r, m);
        parts.add(m.id() + " " + pct(Double.isNaN(share) ? 0 : share));
      }
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + (r.judgedBy().size() > 3 ? ", ..." : "") + ")";
  }

  /** The metrics a row moved markedly, "watch-time +41.0%, video-views +25.3%". */
  private static String markedMoves(Review.Row r) {
    List<String> parts = new ArrayList<>();
    for (Review.Moved m : r.moved()) {
      if (m.movement() >= CampaignOutcome.MOVED_MARKEDLY) {
        parts.add(m.metric().id() + " " + signedPct(m.movement()));
      }
    }
    return String.join(", ", parts);
  }

  private String name(Review.Row r) {
    return switch (r.kind()) {
      case "channel" -> channelTitle(r.id());
      case "strategy" -> {
        Strategy s = plan.strategies().get(r.id());
        yield s == null || s.title() == null ? r.id() : s.title();
      }
      default -> {
        Pillar p = plan.pillars().get(r.id());
        yield p == null || p.title() == null ? r.id() : p.title();
      }
    };
  }

  private String channelTitle(String id) {
    if (id.equals(Coverage.NO_CHANNEL)) {
      return "Work on no channel";
    }
    Channel c = plan.channels().get(id);
    return c == null || c.title() == null ? id : c.title();
  }

  private static double priority(Objective o) {
    return o.priority() == Priority.HIGH ? 1.5 : o.priority() == Priority.LOW ? 0.5 : 1;
  }

  private static String title(Metric m) {
    return m == null ? "?" : m.title() == null ? m.id() : m.title();
  }

  private static String title(Objective o) {
    return o.title() == null ? o.id() : o.title();
  }

  private static String title(Activity a) {
    return a.title() == null ? a.id() : a.title();
  }

  private String value(Metric m, Double v) {
    if (v == null || !Double.isFinite(v)) {
      return "–";
    }
    Unit u = m == null ? null : m.unit();
    if (u == null) {
      return number(v);
    }
    return switch (u) {
      case PERCENT -> number(Math.round(v * 100) / 100.0) + "%";
      case CURRENCY -> money(v);
      case HOURS -> number(Math.round(v * 10) / 10.0) + " h";
      case MINUTES -> number(Math.round(v * 10) / 10.0) + " min";
      case RATIO -> number(Math.round(v * 100) / 100.0);
      default -> String.format(Locale.ROOT, "%,.0f", v);
    };
  }

  private String money(double v) {
    return currency + String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String number(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, "%,.2f", v).replaceAll("0$", "");
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", v);
  }

  private static String signedPct(double v) {
    return String.format(Locale.ROOT, "%+.1f%%", v);
  }

  private static String points(double v) {
    return String.format(Locale.ROOT, "%.1f", Math.abs(v));
  }
}
