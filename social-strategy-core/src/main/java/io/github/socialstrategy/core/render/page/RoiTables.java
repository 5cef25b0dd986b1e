package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.analyze.Benefit;
import io.github.socialstrategy.core.analyze.Money;
import io.github.socialstrategy.core.analyze.MoneyFigures;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.render.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Money rows (budget, cost, return, ROI) and non-financial benefit rows, as templates show them. */
final class RoiTables {

  private RoiTables() {}

  /** One table per roll-up: activities, channels, campaigns, strategies, objectives, pillars. */
  static List<Model> sections(SiteContext ctx, SiteContext.PageWriter page) {
    Plan plan = ctx.plan();
    MoneyFigures money = ctx.analysis().money();
    List<Model> out = new ArrayList<>();
    out.add(section(ctx, page, "By activity", "activity", plan.activities().list().stream().map(a -> a.id()).toList(), money.byActivity()));
    out.add(section(ctx, page, "By channel", "channel", plan.channels().list().stream().map(c -> c.id()).toList(), money.byChannel()));
    out.add(section(ctx, page, "By campaign", "campaign", plan.campaigns().list().stream().map(c -> c.id()).toList(), money.byCampaign()));
    out.add(section(ctx, page, "By strategy", "strategy", plan.strategies().list().stream().map(s -> s.id()).toList(), money.byStrategy()));
    out.add(section(ctx, page, "By objective", "objective", plan.objectives().list().stream().map(o -> o.id()).toList(), money.byObjective()));
    List<Model> pillars = new ArrayList<>();
    for (var p : plan.framework().pillars()) {
      Money m = MoneyFigures.get(money.byPillar(), p.id());
      if (m.cost() > 0 || m.financialReturn() > 0) {
        pillars.add(row(ctx, Model.of("label", p.title() == null ? p.id() : p.title()), m));
      }
    }
    out.add(Model.of("title", "By pillar", "id", "roi-pillar", "rows", pillars));
    return out;
  }

  private static Model section(SiteContext ctx, SiteContext.PageWriter page, String title, String kind, List<String> ids, Map<String, Money> map) {
    List<Model> rows = new ArrayList<>();
    for (String id : ids) {
      Money m = MoneyFigures.get(map, id);
      if (m.cost() > 0 || m.financialReturn() > 0 || m.planned() > 0) {
        rows.add(row(ctx, page.link(kind, id), m));
      }
    }
    return Model.of("title", title, "id", "roi-" + kind, "rows", rows);
  }

  /** A money row for one entity: {@code link} is the entity link model (may lack href). */
  static Model row(SiteContext ctx, Model link, Money m) {
    String cur = ctx.currency();
    double roi = m.roi();
    return Model.of(
        "link", link,
        "planned", m.planned() > 0 ? Format.money(m.planned(), cur) : "–",
        "cost", m.cost() > 0 ? Format.money(m.cost(), cur) : "–",
        "costRecorded", m.costRecorded(),
        "costNote", m.costRecorded() || m.cost() <= 0 ? "" : m.recordedCost() > 0 ? "partly planned budget to date" : "planned budget to date",
        "return", m.returnDays() > 0 ? Format.money(m.financialReturn(), cur) : "–",
        "roi", Double.isNaN(roi) ? "–" : Format.percent(100 * roi),
        "roiClass", Double.isNaN(roi) ? "none" : roi < 0 ? "negative" : "positive");
  }

  /** Benefit rows of an activity or channel. */
  static List<Model> benefits(SiteContext ctx, SiteContext.PageWriter page, List<Benefit> list) {
    List<Model> out = new ArrayList<>();
    for (Benefit b : list) {
      out.add(Model.of(
          "metric", page.link("metric", b.metric().id()),
          "level", b.metric().level() == null ? "" : b.metric().level().keyword(),
          "value", Kpis.value(ctx, b.value(), b.metric().unit()),
          "movement", Double.isNaN(b.movementPercent()) ? "–" : String.format(java.util.Locale.ROOT, "%+.1f%%", b.movementPercent()),
          "movementClass", Double.isNaN(b.movementPercent()) ? "none" : b.movementPercent() >= 0 ? "positive" : "negative",
          "costPer", Double.isNaN(b.costPerResult()) ? "–" : Format.money(Math.round(b.costPerResult() * 100) / 100.0, ctx.currency()).replace(".00", "")));
    }
    return out;
  }
}
