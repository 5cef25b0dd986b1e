package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.analyze.Figures;
import io.github.socialstrategy.core.analyze.KpiStatus;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Rule;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A KPI that is due by the report date has results in its window (from the plan's start to its due date) to
 * judge it by: for a derived metric, every metric its formula names has some.
 */
final class KpiCheck implements PlanCheck {

  @Override
  public Set<Rule> rules() {
    return EnumSet.of(Rule.KPI_WITHOUT_RESULTS);
  }

  @Override
  public void check(Plan plan, Figures figures, Diagnostics out) {
    LocalDate asOf = plan.asOf();
    if (asOf == null) {
      return;
    }
    for (KpiStatus k : figures.kpis()) {
      if (k.metric() == null || !k.isDue()) {
        continue;
      }
      LocalDate start = k.start();
      if (figures.values().hasResults(k.metric(), start, k.due()) || formulaBroken(figures, k)) {
        continue;
      }
      out.report(
          Rule.KPI_WITHOUT_RESULTS,
          k.kpi().metric().location(),
          "the KPI '" + k.metric().id() + "' of objective '" + k.objective().id() + "' was due " + k.due() + " but has no results "
              + (start == null ? "up to then" : "in its window (" + start + " to " + k.due() + ")") + " by " + asOf
              + "; record results for metric '" + k.metric().id() + "', or move the due date");
    }
  }

  /** formula-error says what is wrong with a formula that does not parse; don't pile on. */
  private static boolean formulaBroken(Figures figures, KpiStatus k) {
    if (!k.metric().isDerived()) {
      return false;
    }
    try {
      io.github.socialstrategy.core.analyze.Formula.parse(k.metric().formula());
      return false;
    } catch (io.github.socialstrategy.core.analyze.Formula.FormulaException e) {
      return true;
    }
  }
}
