package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.analyze.KpiSeries;
import io.github.socialstrategy.core.analyze.KpiStatus;
import io.github.socialstrategy.core.analyze.Point;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.render.chart.Chart;
import io.github.socialstrategy.core.render.chart.Charts;
import java.util.ArrayList;
import java.util.List;

/**
 * A KPI's chart over its window: its value to date (which ends at the actual value the KPI's row shows), a derived
 * metric's value per week or month, the expected path, last year's pace for a cumulative KPI with a baseline, and
 * the target. Results page, objective pages and metric pages all draw it from this one place.
 */
final class KpiChart {

  private KpiChart() {}

  static Chart of(SiteWriter site, String id, KpiStatus k) {
    SiteContext ctx = site.ctx;
    Metric metric = k.metric();
    KpiSeries s = ctx.analysis().figures().kpiSeries(k);
    String title = ctx.title("objective", k.objective().id()) + ": " + ctx.title("metric", k.kpi().metric().id());
    String unit = unit(ctx, metric);
    boolean cumulative = k.kind() != KpiStatus.Kind.LEVEL;
    List<Charts.Line> lines = new ArrayList<>();
    String actual = metric != null && metric.isDerived() ? "To date" : cumulative ? "Total to date" : "Actual";
    lines.add(new Charts.Line(actual, Charts.LineStyle.ACTUAL, points(s.toDate())));
    if (s.bucket() != null) {
      lines.add(new Charts.Line("Per " + s.bucket().label(), Charts.LineStyle.PERIOD, points(s.perBucket())));
    }
    lines.add(new Charts.Line(k.kind() == KpiStatus.Kind.LIMIT ? "Allowed by now" : "Expected by now", Charts.LineStyle.EXPECTED, points(s.expected())));
    if (cumulative && k.baseline() != 0 && k.target() != null && k.target() != 0 && !s.expected().isEmpty()) {
      // Last year's total, spread over the window the way the target is.
      List<Charts.Point> lastYear = new ArrayList<>();
      for (Point p : s.expected()) {
        lastYear.add(new Charts.Point(p.date(), p.value() * k.baseline() / k.target()));
      }
      lines.add(new Charts.Line("Last year", Charts.LineStyle.REFERENCE, lastYear));
    }
    // A cumulative KPI's baseline is last year's total: drawn as last year's path, not as a level.
    return site.charts.kpiLines(id, title, unit, lines, cumulative ? null : k.baseline(), k.target(), ctx.plan().asOf());
  }

  /** How the chart names a value's unit: the plan's currency code for money, {@code %} for a percentage. */
  static String unit(SiteContext ctx, Metric metric) {
    if (metric == null || metric.unit() == null) {
      return "";
    }
    return switch (metric.unit()) {
      case CURRENCY -> ctx.currency() == null ? "currency" : ctx.currency();
      case PERCENT -> "%";
      default -> metric.unit().keyword();
    };
  }

  private static List<Charts.Point> points(List<Point> points) {
    List<Charts.Point> out = new ArrayList<>(points.size());
    for (Point p : points) {
      out.add(new Charts.Point(p.date(), p.value()));
    }
    return out;
  }
}
