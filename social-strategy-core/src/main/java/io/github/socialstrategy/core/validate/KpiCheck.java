package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.analyze.Formula;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Kpi;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.Rule;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A KPI whose due date has passed at {@code asOf} has results to judge it by. */
final class KpiCheck implements PlanCheck {

  @Override
  public void check(Plan plan, Diagnostics out) {
    LocalDate asOf = plan.asOf();
    if (asOf == null) {
      return;
    }
    Set<String> measured = new HashSet<>();
    for (Result r : plan.results()) {
      if (!r.date().isAfter(asOf)) {
        measured.add(r.metric());
      }
    }
    for (Objective o : plan.objectives().list()) {
      for (Kpi k : o.kpis()) {
        LocalDate due = k.due() != null ? k.due() : plan.period() == null ? null : plan.period().end();
        Metric m = plan.metrics().get(k.metric().id());
        if (due == null || due.isAfter(asOf) || m == null || hasResults(plan, m, measured, new HashSet<>())) {
          continue;
        }
        out.report(
            Rule.KPI_WITHOUT_RESULTS,
            k.metric().location(),
            "the KPI '" + m.id() + "' of objective '" + o.id() + "' was due " + due + " but has no results by " + asOf
                + "; record results for metric '" + m.id() + "', or move the due date");
      }
    }
  }

  /** Whether the metric, or for a derived one every metric its formula names, has results. */
  private static boolean hasResults(Plan plan, Metric m, Set<String> measured, Set<String> visiting) {
    if (measured.contains(m.id())) {
      return true;
    }
    if (!m.isDerived() || !visiting.add(m.id())) {
      return false;
    }
    Set<String> inputs;
    try {
      inputs = Formula.parse(m.formula()).metricIds();
    } catch (Formula.FormulaException e) {
      return true; // formula-error says what is wrong; don't pile on
    }
    if (inputs.isEmpty()) {
      return false;
    }
    for (String id : inputs) {
      Metric input = plan.metrics().get(id);
      if (input == null || !hasResults(plan, input, measured, visiting)) {
        return false;
      }
    }
    return true;
  }
}
