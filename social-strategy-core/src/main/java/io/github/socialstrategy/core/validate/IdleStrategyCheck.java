package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.analyze.Figures;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Status;
import io.github.socialstrategy.core.model.Strategy;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A strategy whose activities are none of them running at the report date, while the report date is inside the
 * plan period (a strategy with no activity at all is {@code uncovered-objective}'s).
 */
final class IdleStrategyCheck implements PlanCheck {

  @Override
  public Set<Rule> rules() {
    return EnumSet.of(Rule.IDLE_STRATEGY);
  }

  @Override
  public void check(Plan plan, Figures figures, Diagnostics out) {
    idle(plan, out);
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
}
