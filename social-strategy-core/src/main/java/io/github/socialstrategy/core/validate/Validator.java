package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Plan;
import java.util.List;

/**
 * Runs the plan-level rules (trace, coverage, schedules, allocation, formulas, KPIs) over a resolved plan.
 * The rules about single files and references run while loading and linking; together they are the rule
 * table of the format. Every check is linear in the size of the plan.
 */
public final class Validator {

  /** The default tolerance of {@code unbalanced-allocation}, in percentage points. */
  public static final double DEFAULT_ALLOCATION_TOLERANCE = 10;

  private final List<PlanCheck> checks;

  /** @param allocationTolerance how far planned effort per pillar may differ from the intended share, in points */
  public Validator(double allocationTolerance) {
    this.checks =
        List.of(
            new TraceCheck(),
            new ScheduleCheck(),
            new AllocationCheck(allocationTolerance),
            new FormulaCheck(),
            new KpiCheck());
  }

  public void validate(Plan plan, Diagnostics out) {
    for (PlanCheck check : checks) {
      check.check(plan, out);
    }
  }
}
