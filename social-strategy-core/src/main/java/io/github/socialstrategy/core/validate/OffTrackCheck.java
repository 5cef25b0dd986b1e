package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.analyze.Figures;
import io.github.socialstrategy.core.analyze.KpiStatus;
import io.github.socialstrategy.core.analyze.Pacing;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Rule;
import java.util.EnumSet;
import java.util.Set;

/**
 * An objective with a KPI off track: before its due date, more than the off-track threshold behind the attainment
 * expected by the report date; from its due date on, missed by more than that threshold (its state is final, so
 * it has no pace, but the objective still fell short).
 */
final class OffTrackCheck implements PlanCheck {

  private final Pacing.Thresholds thresholds;

  OffTrackCheck(Pacing.Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  @Override
  public Set<Rule> rules() {
    return EnumSet.of(Rule.OFF_TRACK_OBJECTIVE);
  }

  @Override
  public void check(Plan plan, Figures figures, Diagnostics out) {
    for (KpiStatus k : figures.kpis()) {
      Pacing p = k.pacing();
      String what = k.kind() == KpiStatus.Kind.LIMIT ? " of its limit used" : " reached";
      if (p.state() == Pacing.State.OFF_TRACK) {
        out.report(
            Rule.OFF_TRACK_OBJECTIVE,
            k.kpi().metric().location(),
            "objective '" + k.objective().id() + "' is off track on KPI '" + k.kpi().metric().id() + "': "
                + Texts.pct(100 * p.progress()) + what + " where " + Texts.pct(100 * p.expected())
                + (k.kind() == KpiStatus.Kind.LIMIT ? " was allowed" : " was expected") + " by " + plan.asOf()
                + " (" + Texts.points(p.gapPoints()) + " points behind)" + projection(k)
                + "; act on it, or revise its target or due date");
      } else if (p.state() == Pacing.State.FINAL && k.state() == KpiStatus.State.MISSED && p.gapPoints() < -thresholds.offTrack()) {
        out.report(
            Rule.OFF_TRACK_OBJECTIVE,
            k.kpi().metric().location(),
            "objective '" + k.objective().id() + "' missed KPI '" + k.kpi().metric().id() + "': " + Texts.pct(100 * p.progress())
                + what + " by its due date " + k.due() + " (" + Texts.points(p.gapPoints()) + " points "
                + (k.kind() == KpiStatus.Kind.LIMIT ? "over" : "short") + "); find out why before the next period, "
                + "and set its next target from what was reached");
      }
    }
  }

  private static String projection(KpiStatus k) {
    if (!k.projection().exists() || Double.isNaN(k.projection().attainment())) {
      return "";
    }
    return "; at this rate it reaches " + Texts.pct(100 * k.projection().attainment())
        + (k.kind() == KpiStatus.Kind.LIMIT ? " of its limit" : "") + " by " + k.due();
  }
}
