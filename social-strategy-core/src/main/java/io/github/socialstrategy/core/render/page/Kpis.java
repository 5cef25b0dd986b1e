package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.analyze.KpiStatus;
import io.github.socialstrategy.core.analyze.Pacing;
import io.github.socialstrategy.core.analyze.Projection;
import io.github.socialstrategy.core.model.Unit;
import io.github.socialstrategy.core.render.Format;

/** KPI rows as templates show them: one attainment per row, the pace judged on it, the projection beside it. */
final class Kpis {

  private Kpis() {}

  static Model row(SiteContext ctx, SiteContext.PageWriter page, KpiStatus k) {
    Unit unit = k.metric() == null ? null : k.metric().unit();
    boolean limit = k.kind() == KpiStatus.Kind.LIMIT;
    Pacing p = k.pacing();
    return Model.of(
        "objective", page.link("objective", k.objective().id()),
        "metric", page.link("metric", k.kpi().metric().id()),
        "kind", k.kind().keyword(),
        "kindLabel", kindLabel(k),
        "baseline", value(ctx, k.baseline(), unit),
        "baselineLabel", k.kind() == KpiStatus.Kind.LEVEL ? "" : k.baseline() == 0 ? "no comparison" : "last year's total",
        "lastYearToDate", Double.isNaN(k.lastYearToDate()) ? "" : value(ctx, k.lastYearToDate(), unit),
        "vsLastYear", vsLastYear(k),
        "target", k.target() == null ? "" : value(ctx, k.target(), unit),
        "actual", value(ctx, k.actual(), unit),
        "due", k.due() == null ? "" : k.due().toString(),
        "attainment", k.attainment() == null ? "" : Format.percent(100 * k.attainment()) + (limit ? " of limit used" : ""),
        "attainmentValue", k.attainment() == null ? 0 : Math.max(0, Math.min(100, Math.round(100 * k.attainment()))),
        "state", state(k),
        "stateLabel", label(k),
        "pace", p.state().keyword(),
        "paceLabel", p.state().label(),
        "expected", !p.shown() || Double.isNaN(p.expected()) ? "" : Format.percent(100 * p.expected()),
        "progress", !p.shown() || Double.isNaN(p.progress()) ? "" : Format.percent(100 * p.progress()),
        "projected", projected(ctx, k, unit),
        "projectedNote", projectedNote(k));
  }

  /** What the KPI measures, in a few words: "total since 2026-01-01", "limit", "level". */
  static String kindLabel(KpiStatus k) {
    return switch (k.kind()) {
      case CUMULATIVE -> k.start() == null ? "total" : "total since " + k.start();
      case LIMIT -> k.start() == null ? "limit on the total" : "limit on the total since " + k.start();
      case LEVEL -> "level";
    };
  }

  /** "+0.8% vs last year at this point", or empty. */
  static String vsLastYear(KpiStatus k) {
    if (Double.isNaN(k.lastYearToDate()) || !Double.isFinite(k.actual()) || k.lastYearToDate() == 0) {
      return "";
    }
    double change = 100 * (k.actual() - k.lastYearToDate()) / Math.abs(k.lastYearToDate());
    return String.format(java.util.Locale.ROOT, "%+.1f%%", change) + " vs last year at this point";
  }

  static String projected(SiteContext ctx, KpiStatus k, Unit unit) {
    Projection pr = k.projection();
    if (!pr.exists() || pr.basis() == Projection.Basis.FINAL) {
      return "";
    }
    return value(ctx, pr.value(), unit);
  }

  /** "(attainment 83.3%)", "(93.0% of the limit)", the reason there is none, or "final" once due. */
  static String projectedNote(KpiStatus k) {
    Projection pr = k.projection();
    if (pr.basis() == Projection.Basis.FINAL) {
      return "due: final";
    }
    if (!pr.exists()) {
      return pr.reason() == null ? "" : pr.reason();
    }
    if (Double.isNaN(pr.attainment())) {
      return "";
    }
    return k.kind() == KpiStatus.Kind.LIMIT
        ? Format.percent(100 * pr.attainment()) + " of the limit"
        : "attainment " + Format.percent(100 * pr.attainment());
  }

  static String value(SiteContext ctx, double v, Unit unit) {
    if (Double.isNaN(v)) {
      return "–";
    }
    if (unit == null) {
      return Format.number(v);
    }
    return switch (unit) {
      case PERCENT -> Format.number(Math.round(v * 100) / 100.0) + "%";
      case CURRENCY -> Format.money(v, ctx.currency());
      case HOURS -> Format.number(Math.round(v * 10) / 10.0) + " h";
      case MINUTES -> Format.number(Math.round(v * 10) / 10.0) + " min";
      case RATIO -> Format.number(Math.round(v * 100) / 100.0);
      default -> Format.count(v);
    };
  }

  static String state(KpiStatus k) {
    return k.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static String label(KpiStatus k) {
    return switch (k.state()) {
      case MET -> "Target met";
      case IN_PROGRESS -> "In progress";
      case MISSED -> "Missed";
      case NO_DATA -> "No results";
      case TRACKED -> "Tracked (no target)";
    };
  }
}
