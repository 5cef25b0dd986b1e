package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.ScopeKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a campaign moved, against what it was meant to move: for each metric, its change during the campaign
 * against the equal period before ({@link Movement}). The KPI metrics of the campaign's intended objectives are
 * measured over every scope (did the objective move?); the other metrics over the results recorded for the
 * campaign and its activities (what did the campaign itself touch?). The {@code misaligned-campaign} rule and the
 * campaign page's chart read the same figures.
 *
 * @param from the first day measured (the campaign's start)
 * @param to the last day measured (its end, or the report date while it runs)
 * @param intended the movement of each KPI metric of the intended objectives that has results on both sides
 * @param others the movement of each other metric recorded for the campaign or its activities
 */
public record CampaignOutcome(Campaign campaign, LocalDate from, LocalDate to, List<Move> intended, List<Move> others) {

  /** An intended KPI metric that improved less than this, in percent, "barely moved". */
  public static final double BARELY_MOVED = 5;

  /** Another metric that improved at least this much, in percent, "moved markedly". */
  public static final double MOVED_MARKEDLY = 20;

  /** One metric's movement, in percent, signed so that a positive number is an improvement. */
  public record Move(Metric metric, double movement) {}

  public CampaignOutcome {
    intended = List.copyOf(intended);
    others = List.copyOf(others);
  }

  /** Whether the campaign's period has ended by the report date. */
  public boolean ended(LocalDate asOf) {
    return asOf != null && campaign.period().end().isBefore(asOf);
  }

  /** Whether every intended KPI metric measured barely moved. */
  public boolean intentBarelyMoved() {
    return !intended.isEmpty() && intended.stream().allMatch(m -> m.movement() < BARELY_MOVED);
  }

  /** The other metrics that moved markedly. */
  public List<Move> markedOthers() {
    return others.stream().filter(m -> m.movement() >= MOVED_MARKEDLY).toList();
  }

  /** Whether the campaign looks misaligned: its intent barely moved while something else moved markedly. */
  public boolean misaligned() {
    return intentBarelyMoved() && !markedOthers().isEmpty();
  }

  /**
   * The outcome of every campaign that has started by the report date and has a valid period, by campaign id;
   * while a campaign runs, it is measured up to the report date.
   */
  static Map<String, CampaignOutcome> of(Plan plan, ResultIndex index) {
    Map<String, CampaignOutcome> out = new java.util.HashMap<>();
    LocalDate asOf = plan.asOf();
    DaySums.Adder touched = index.adder();
    for (Campaign c : plan.campaigns().list()) {
      if (asOf == null || c.period() == null || !c.period().isValid() || c.period().start().isAfter(asOf)) {
        continue;
      }
      LocalDate from = c.period().start();
      LocalDate to = c.period().end().isAfter(asOf) ? asOf : c.period().end();
      Set<String> intendedIds = new LinkedHashSet<>();
      for (Objective o : plan.intentOf(c)) {
        o.kpis().forEach(k -> intendedIds.add(k.metric().id()));
      }
      List<Move> intended = new ArrayList<>();
      for (String id : intendedIds) {
        Metric m = plan.metrics().get(id);
        if (m == null || m.isDerived()) {
          continue;
        }
        double mv = Movement.of(index.allDays(id), from, to, m);
        if (!Double.isNaN(mv)) {
          intended.add(new Move(m, mv));
        }
      }
      List<Move> others = new ArrayList<>();
      for (Metric m : plan.metrics().list()) {
        if (intendedIds.contains(m.id()) || m.isDerived()) {
          continue;
        }
        touched.addAll(index.days(m.id(), ScopeKind.CAMPAIGN, c.id()));
        for (Activity a : plan.activitiesOf(c)) {
          touched.addAll(index.days(m.id(), ScopeKind.ACTIVITY, a.id()));
        }
        double mv = Movement.of(touched.take(), from, to, m);
        if (!Double.isNaN(mv)) {
          others.add(new Move(m, mv));
        }
      }
      out.put(c.id(), new CampaignOutcome(c, from, to, intended, others));
    }
    return Map.copyOf(out);
  }
}
