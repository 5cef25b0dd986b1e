package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.analyze.Analysis;
import io.github.socialstrategy.core.analyze.KpiStatus;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.render.Format;
import io.github.socialstrategy.core.render.Urls;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked plan in brief, as text ready to show: its health, KPI summary, money and findings. The project
 * site's "Social strategy" page and the organisation view over several plans are drawn from it, so they show the
 * same figures as the plan's own dashboard.
 *
 * @param attainment the average attainment of the scored KPIs, each capped at 150% as on the dashboard, or empty
 * @param attainmentPercent the same as a number of percent, NaN when no KPI is scored
 * @param kpis every KPI, in plan order
 * @param objectives every objective with its average attainment
 * @param findings every finding, the most important first (errors, then findings about results, then the rest)
 */
public record PlanSummary(
    String planId,
    String title,
    String organisation,
    String period,
    String asOf,
    String currency,
    int errors,
    int warnings,
    int activities,
    int tracedActivities,
    int objectivesWithKpi,
    int kpisScored,
    int kpisMet,
    String attainment,
    double attainmentPercent,
    String budget,
    String spent,
    List<KpiRow> kpis,
    List<ObjectiveRow> objectives,
    List<Finding> findings) {

  public PlanSummary {
    kpis = List.copyOf(kpis);
    objectives = List.copyOf(objectives);
    findings = List.copyOf(findings);
  }

  /**
   * One KPI.
   *
   * @param objectiveUrl the objective's page, relative to the plan site's root
   */
  public record KpiRow(
      String objectiveUrl, String objective, String metric, String baseline, String target, String actual, String attainment,
      String status, String pace) {}

  /**
   * One objective: its pillar, and the average attainment of its scored KPIs (capped at 150% each, as on the
   * dashboard), or empty.
   */
  public record ObjectiveRow(String url, String title, String pillar, String priority, int kpis, String attainment) {}

  /**
   * One finding.
   *
   * @param place {@code path:line:column}, the path relative to the project's base directory
   */
  public record Finding(String severity, String rule, String place, String message) {}

  /** The summary of a checked plan. */
  public static PlanSummary of(CheckResult checked) {
    Analysis a = SocialStrategy.analyze(checked);
    SiteContext ctx = new SiteContext(a);
    Plan plan = a.plan();
    var info = plan.info();
    List<KpiRow> kpis = new ArrayList<>();
    int scored = 0;
    int met = 0;
    double sum = 0;
    for (KpiStatus k : a.kpis()) {
      var unit = k.metric() == null ? null : k.metric().unit();
      kpis.add(new KpiRow(
          Urls.of("objective", k.objective().id()),
          title(k.objective().title(), k.objective().id()),
          k.metric() == null ? k.kpi().metric().id() : title(k.metric().title(), k.metric().id()),
          Kpis.value(ctx, k.baseline(), unit),
          k.target() == null ? "" : Kpis.value(ctx, k.target(), unit),
          Kpis.value(ctx, k.actual(), unit),
          k.attainment() == null ? "" : Format.percent(100 * k.attainment()) + (k.kind() == KpiStatus.Kind.LIMIT ? " of limit used" : ""),
          Kpis.label(k),
          k.pacing().state().label()));
      if (k.state() == KpiStatus.State.MET) {
        met++;
      }
      // As on the dashboard: a limit counts the share of it used, which runs the other way, so it is not averaged.
      if (k.attainment() != null && k.kind() != KpiStatus.Kind.LIMIT) {
        scored++;
        sum += Math.max(0, Math.min(1.5, k.attainment()));
      }
    }
    List<ObjectiveRow> objectives = new ArrayList<>();
    int withKpi = 0;
    for (Objective o : plan.objectives().list()) {
      double s = 0;
      int n = 0;
      for (KpiStatus k : a.kpis()) {
        if (k.objective() == o && k.attainment() != null && k.kind() != KpiStatus.Kind.LIMIT) {
          s += Math.max(0, Math.min(1.5, k.attainment()));
          n++;
        }
      }
      if (!o.kpis().isEmpty()) {
        withKpi++;
      }
      Pillar p = plan.pillarOf(o);
      objectives.add(new ObjectiveRow(
          Urls.of("objective", o.id()),
          title(o.title(), o.id()),
          p == null ? "" : title(p.title(), p.id()),
          o.priority() == null ? "" : o.priority().keyword(),
          o.kpis().size(),
          n == 0 ? "" : Format.percent(100 * s / n)));
    }
    List<Diagnostic> ordered = new ArrayList<>(a.diagnostics());
    ordered.sort(SiteContext.IMPORTANCE);
    List<Finding> findings = new ArrayList<>();
    for (Diagnostic d : ordered) {
      findings.add(new Finding(d.severity().label(), d.rule().id(), d.location().toString(), d.fullMessage()));
    }
    String currency = ctx.currency();
    return new PlanSummary(
        info == null || info.id() == null ? "" : info.id(),
        info != null && info.title() != null ? info.title() : "Social media strategy",
        info == null || info.organisation() == null ? "" : info.organisation(),
        plan.period() == null ? "" : plan.period().start() + " to " + plan.period().end(),
        plan.asOf() == null ? "" : plan.asOf().toString(),
        currency == null ? "" : currency,
        a.errors(),
        a.warnings(),
        plan.activities().list().size(),
        a.tracedActivities(),
        withKpi,
        scored,
        met,
        scored == 0 ? "" : Format.percent(100 * sum / scored),
        scored == 0 ? Double.NaN : 100 * sum / scored,
        Format.money(a.budget().planned(), currency),
        Format.money(a.budget().spent(), currency),
        kpis,
        objectives,
        findings);
  }

  private static String title(String title, String id) {
    return title == null ? id : title;
  }
}
