package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.analyze.Coverage;
import io.github.socialstrategy.core.analyze.Review;
import io.github.socialstrategy.core.model.Allocation;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.render.Format;
import io.github.socialstrategy.core.render.chart.Charts;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code review.html}: what to change. The adjustments the figures suggest, ranked; each channel's and strategy's
 * share of effort against its share of results; intended, planned and achieved by pillar; and per channel,
 * strategy and pillar the effort, money and KPI metrics it moved.
 */
final class ReviewPage implements PageRenderer {

  @Override
  public List<String> templates() {
    return List.of("review.ftlh");
  }

  @Override
  public void render(SiteWriter site) throws IOException, ThemeException {
    SiteContext ctx = site.ctx;
    Plan plan = ctx.plan();
    Review review = ctx.analysis().figures().review();
    var page = ctx.page("review.html");
    Model m = page.base("Review: what to change", List.of());
    List<Model> adjustments = new ArrayList<>();
    for (Review.Adjustment a : review.adjustments()) {
      adjustments.add(Model.of(
          "kind", a.kind().keyword(),
          "kindLabel", label(a.kind()),
          "subject", subject(ctx, page, a.subjectKind(), a.subjectId()),
          "text", a.text()));
    }
    m.with("adjustments", adjustments);
    m.with("resultMetrics", review.resultMetrics().stream().map(x -> page.link("metric", x.id())).toList());
    m.with("channelChart", site.chart(page, site.charts.shares("review-shares-channel", "Share of effort against share of results, by channel", "a channel", shares(ctx, review.channels()))));
    m.with("strategyChart", site.chart(page, site.charts.shares("review-shares-strategy", "Share of effort against share of results, by strategy", "a strategy", shares(ctx, review.strategies()))));
    m.with("allocationChart", site.chart(page, allocation(site, review)));
    m.with("channels", rows(ctx, page, review.channels()));
    m.with("strategies", rows(ctx, page, review.strategies()));
    m.with("pillars", rows(ctx, page, review.pillars()));
    m.with("hasResults", !review.resultMetrics().isEmpty());
    m.with("anyResults", !plan.results().isEmpty());
    site.page("review.html", "review.ftlh", m);
  }

  static String label(Review.Kind kind) {
    return switch (kind) {
      case KPI_BEHIND -> "KPI behind";
      case MOVE_EFFORT -> "Move effort";
      case RETURN_BELOW_COST -> "Return below cost";
      case REBALANCE_PILLAR -> "Rebalance";
      case SCALE_UP -> "Give it more";
    };
  }

  private static Model subject(SiteContext ctx, SiteContext.PageWriter page, String kind, String id) {
    if (kind.equals("pillar")) {
      Pillar p = ctx.plan().pillars().get(id);
      return Model.link(page.url("coverage.html") + "#pillar-" + id, p == null || p.title() == null ? id : p.title());
    }
    if (kind.equals("channel") && id.equals(Coverage.NO_CHANNEL)) {
      return Model.link(null, "Work on no channel");
    }
    return page.link(kind, id);
  }

  private static List<Charts.Share> shares(SiteContext ctx, List<Review.Row> rows) {
    List<Charts.Share> out = new ArrayList<>();
    for (Review.Row r : rows) {
      if (r.hoursShare() > 0 || (!Double.isNaN(r.resultsShare()) && r.resultsShare() > 0)) {
        out.add(new Charts.Share(name(ctx, r), r.hoursShare(), r.resultsShare()));
      }
    }
    return out;
  }

  private static String name(SiteContext ctx, Review.Row r) {
    return switch (r.kind()) {
      case "channel" -> r.id().equals(Coverage.NO_CHANNEL) ? "No channel" : ctx.title("channel", r.id());
      case "strategy" -> ctx.title("strategy", r.id());
      default -> {
        Pillar p = ctx.plan().pillars().get(r.id());
        yield p == null || p.title() == null ? r.id() : p.title();
      }
    };
  }

  private static io.github.socialstrategy.core.render.chart.Chart allocation(SiteWriter site, Review review) {
    Plan plan = site.ctx.plan();
    Map<String, Double> intended = new HashMap<>();
    if (plan.info() != null) {
      for (Allocation al : plan.info().allocation()) {
        intended.put(al.pillar().id(), al.percent());
      }
    }
    List<String> names = new ArrayList<>();
    int n = plan.framework().pillars().size();
    double[] want = new double[n];
    double[] have = new double[n];
    double[] got = new double[n];
    int i = 0;
    for (Pillar p : plan.framework().pillars()) {
      names.add(p.title() == null ? p.id() : p.title());
      want[i] = intended.getOrDefault(p.id(), 0.0);
      have[i] = site.ctx.analysis().effort().percent(p.id());
      got[i] = review.achievedByPillar().getOrDefault(p.id(), Double.NaN);
      i++;
    }
    return site.charts.allocation("review-allocation", names, want, have, review.achievedByPillar().isEmpty() ? null : got);
  }

  private static List<Model> rows(SiteContext ctx, SiteContext.PageWriter page, List<Review.Row> rows) {
    List<Model> out = new ArrayList<>();
    for (Review.Row r : rows) {
      List<Model> moved = new ArrayList<>();
      for (Review.Moved mv : r.moved()) {
        moved.add(Model.of(
            "metric", page.link("metric", mv.metric().id()),
            "value", Kpis.value(ctx, mv.value(), mv.metric().unit()),
            "share", Double.isNaN(mv.share()) ? "" : Format.percent(mv.share()),
            "movement", Double.isNaN(mv.movement()) ? "" : String.format(java.util.Locale.ROOT, "%+.1f%%", mv.movement()),
            "movementClass", Double.isNaN(mv.movement()) ? "none" : mv.movement() >= 0 ? "positive" : "negative"));
      }
      Model money = RoiTables.row(ctx, Model.of(), r.money());
      out.add(Model.of(
          "subject", subject(ctx, page, r.kind(), r.id()),
          "hours", Format.hours(r.hours()),
          "hoursShare", Format.percent(r.hoursShare()),
          "resultsShare", Double.isNaN(r.resultsShare()) ? "–" : Format.percent(r.resultsShare()),
          "verdict", verdict(r),
          "money", money,
          "moved", moved));
    }
    return out;
  }

  private static String verdict(Review.Row r) {
    double y = r.yield();
    if (Double.isNaN(y)) {
      return "";
    }
    return y >= 1.5 ? "over-delivers" : y < 0.5 ? "under-delivers" : "";
  }
}
