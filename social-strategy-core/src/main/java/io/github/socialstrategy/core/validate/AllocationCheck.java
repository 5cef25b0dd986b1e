package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.analyze.Effort;
import io.github.socialstrategy.core.model.Allocation;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.PlanInfo;
import io.github.socialstrategy.core.model.Rule;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The intended allocation adds up to 100 and the planned effort per pillar stays near it. */
final class AllocationCheck implements PlanCheck {

  private static final double EPSILON = 1e-6;

  private final double tolerance;

  AllocationCheck(double tolerance) {
    this.tolerance = tolerance;
  }

  @Override
  public java.util.Set<Rule> rules() {
    return java.util.EnumSet.of(Rule.ALLOCATION_SUM, Rule.UNBALANCED_ALLOCATION);
  }

  @Override
  public void check(Plan plan, io.github.socialstrategy.core.analyze.Figures figures, Diagnostics out) {
    PlanInfo info = plan.info();
    if (info == null || !info.hasAllocation()) {
      return;
    }
    double sum = 0;
    Map<String, Allocation> intended = new HashMap<>();
    for (Allocation a : info.allocation()) {
      sum += a.percent();
      intended.put(a.pillar().id(), a);
    }
    if (Math.abs(sum - 100) > EPSILON) {
      out.report(
          Rule.ALLOCATION_SUM,
          info.source().of("allocation"),
          "the intended allocation adds up to " + format(sum) + ", not 100; change the percentages so they add up to 100");
    }
    Effort effort = figures.effort();
    if (effort.total() <= 0) {
      return; // no planned hours at all: nothing to compare
    }
    for (Pillar p : plan.framework().pillars()) {
      Allocation a = intended.get(p.id());
      double want = a == null ? 0 : a.percent();
      double have = effort.percent(p.id());
      if (Math.abs(have - want) > tolerance + EPSILON) {
        out.report(
            Rule.UNBALANCED_ALLOCATION,
            a == null ? info.source().of("allocation") : a.pillar().location(),
            "pillar '" + p.id() + "' gets " + format(have) + "% of the planned effort (" + format(effort.byPillar().get(p.id()))
                + " of " + format(effort.total()) + " hours) but " + format(want) + "% is intended, more than "
                + format(tolerance) + " points apart; move effort (hoursPerWeek, schedules) or change the intended allocation");
      }
    }
  }

  static String format(double v) {
    if (Math.abs(v - Math.rint(v)) < 0.05) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
