package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Allocation;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Strategy;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The trace rules: every activity reaches an objective through its strategies, every strategy serves an
 * objective, every objective is worked on and measured, every pillar has an objective.
 */
final class TraceCheck implements PlanCheck {

  @Override
  public java.util.Set<Rule> rules() {
    return java.util.EnumSet.of(Rule.STRATEGY_WITHOUT_OBJECTIVE, Rule.UNTRACED_ACTIVITY, Rule.UNCOVERED_OBJECTIVE, Rule.UNCOVERED_PILLAR, Rule.OBJECTIVE_WITHOUT_KPI);
  }

  @Override
  public void check(Plan plan, io.github.socialstrategy.core.analyze.Figures figures, Diagnostics out) {
    for (Strategy s : plan.strategies().list()) {
      if (plan.objectivesOf(s).isEmpty()) {
        String why = s.serves().isEmpty()
            ? "it lists no objective in 'serves'"
            : "none of the objectives in its 'serves' exists";
        out.report(
            Rule.STRATEGY_WITHOUT_OBJECTIVE,
            s.source().of("id"),
            "strategy '" + s.id() + "' serves no business objective: " + why
                + "; list in 'serves' the objectives it is for");
      }
    }
    for (Activity a : plan.activities().list()) {
      if (plan.objectivesOf(a).isEmpty()) {
        out.report(
            Rule.UNTRACED_ACTIVITY,
            a.source().of("id"),
            "activity '" + a.id() + "' does not trace to any business objective: " + untracedReason(plan, a)
                + "; list in 'implements' a strategy that serves an objective");
      }
    }
    for (Objective o : plan.objectives().list()) {
      List<Strategy> strategies = plan.strategiesOf(o);
      if (strategies.isEmpty()) {
        out.report(
            Rule.UNCOVERED_OBJECTIVE,
            o.source().of("id"),
            "objective '" + o.id() + "' is served by no strategy; add a strategy that lists it in 'serves'");
      } else if (strategies.stream().allMatch(s -> plan.activitiesOf(s).isEmpty())) {
        out.report(
            Rule.UNCOVERED_OBJECTIVE,
            o.source().of("id"),
            "objective '" + o.id() + "' has strategies (" + ids(strategies)
                + ") but no activity implements them; add activities that implement them");
      }
      if (o.kpis().isEmpty()) {
        out.report(
            Rule.OBJECTIVE_WITHOUT_KPI,
            o.source().of("id"),
            "objective '" + o.id() + "' has no KPI, so its success cannot be measured; add a 'kpis' entry with a metric, baseline and target");
      }
    }
    for (Pillar p : plan.framework().pillars()) {
      if (!plan.objectivesOf(p).isEmpty() || deliberatelyUnused(plan, p)) {
        continue;
      }
      out.report(
          Rule.UNCOVERED_PILLAR,
          pillarPlace(plan, p),
          "pillar '" + p.id() + "' (" + p.title() + ") has no objective; add one, or give the pillar 0 in the plan's allocation if it is deliberately unused");
    }
  }

  private static String untracedReason(Plan plan, Activity a) {
    if (a.implementsRefs().isEmpty()) {
      return "it lists no strategy in 'implements'";
    }
    List<Strategy> strategies = plan.strategiesOf(a);
    if (strategies.isEmpty()) {
      return "none of the strategies in its 'implements' exists";
    }
    return "its strategies (" + ids(strategies) + ") serve no existing objective";
  }

  private static boolean deliberatelyUnused(Plan plan, Pillar p) {
    if (plan.info() == null) {
      return false;
    }
    for (Allocation a : plan.info().allocation()) {
      if (a.pillar().id().equals(p.id()) && a.percent() == 0) {
        return true;
      }
    }
    return false;
  }

  /** The pillar in a plan's own framework, else its entry in the allocation, else the plan section. */
  static Location pillarPlace(Plan plan, Pillar p) {
    if (!plan.framework().builtIn()) {
      return p.source().of("id");
    }
    if (plan.info() != null) {
      for (Allocation a : plan.info().allocation()) {
        if (a.pillar().id().equals(p.id())) {
          return a.pillar().location();
        }
      }
      return plan.info().source().at();
    }
    return plan.files().isEmpty() ? new Location(null, 1, 1) : Location.of(plan.files().get(0));
  }

  private static String ids(List<Strategy> strategies) {
    return strategies.stream().map(Strategy::id).collect(Collectors.joining(", "));
  }
}
