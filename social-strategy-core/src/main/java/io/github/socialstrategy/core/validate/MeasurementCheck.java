package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.analyze.Figures;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Kpi;
import io.github.socialstrategy.core.model.Level;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import java.util.EnumSet;
import java.util.Set;

/** An objective measured only by output metrics: outputs are not outcomes (AMEC). */
final class MeasurementCheck implements PlanCheck {

  @Override
  public Set<Rule> rules() {
    return EnumSet.of(Rule.OUTPUT_ONLY_MEASUREMENT);
  }

  @Override
  public void check(Plan plan, Figures figures, Diagnostics out) {
    outputOnly(plan, out);
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
}
