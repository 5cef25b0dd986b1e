package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.analyze.Figures;
import io.github.socialstrategy.core.analyze.Pacing;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the rules of the {@code PLAN} and {@code RESULTS} phases over a resolved plan and its figures: trace,
 * coverage, schedules, allocation, formulas, then the findings about results (KPIs off track or without
 * results, money, idle strategies, campaigns that moved something else). The rules of the {@code FORMAT} and
 * {@code LINK} phases are checked while loading and linking. Every check is linear in the size of the plan.
 */
public final class Validator {

  /** The default tolerance of {@code unbalanced-allocation}, in percentage points. */
  public static final double DEFAULT_ALLOCATION_TOLERANCE = 10;

  private final List<PlanCheck> checks;

  /**
   * @param allocationTolerance how far planned effort per pillar may differ from the intended share, in points
   * @param pacing how far behind a KPI may be before it is at risk, and off track (a due KPI that missed its
   *     target by more than the off-track threshold is off track too)
   */
  public Validator(double allocationTolerance, Pacing.Thresholds pacing) {
    this.checks =
        List.of(
            new TraceCheck(),
            new ScheduleCheck(),
            new AllocationCheck(allocationTolerance),
            new FormulaCheck(),
            new KpiCheck(),
            new OffTrackCheck(pacing),
            new MeasurementCheck(),
            new IdleStrategyCheck(),
            new MoneyCheck(),
            new CampaignCheck());
  }

  public void validate(Plan plan, Figures figures, Diagnostics out) {
    for (PlanCheck check : checks) {
      check.check(plan, figures, out);
    }
  }

  /** The rules the checks report, for the test that every plan and results rule has exactly one check. */
  Set<Rule> rules() {
    Set<Rule> all = EnumSet.noneOf(Rule.class);
    for (PlanCheck c : checks) {
      for (Rule r : c.rules()) {
        if (!all.add(r)) {
          throw new IllegalStateException("rule " + r + " is reported by two checks");
        }
      }
    }
    return all;
  }
}
