package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.analyze.KpiStatus;
import io.github.socialstrategy.core.model.Unit;
import io.github.socialstrategy.core.render.Format;

/** KPI rows as templates show them. */
final class Kpis {

  private Kpis() {}

  static Model row(SiteContext ctx, SiteContext.PageWriter page, KpiStatus k) {
    Unit unit = k.metric() == null ? null : k.metric().unit();
    return Model.of(
        "objective", page.link("objective", k.objective().id()),
        "metric", page.link("metric", k.kpi().metric().id()),
        "baseline", value(ctx, k.baseline(), unit),
        "target", k.target() == null ? "" : value(ctx, k.target(), unit),
        "actual", value(ctx, k.actual(), unit),
        "due", k.due() == null ? "" : k.due().toString(),
        "attainment", k.attainment() == null ? "" : Format.percent(100 * k.attainment()),
        "attainmentValue", k.attainment() == null ? 0 : Math.max(0, Math.min(100, Math.round(100 * k.attainment()))),
        "state", state(k),
        "stateLabel", label(k),
        "pace", k.pacing().state().keyword(),
        "paceLabel", k.pacing().state().label(),
        "expected", Double.isNaN(k.pacing().expected()) ? "" : Format.percent(100 * k.pacing().expected()),
        "progress", Double.isNaN(k.pacing().progress()) ? "" : Format.percent(100 * k.pacing().progress()));
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
