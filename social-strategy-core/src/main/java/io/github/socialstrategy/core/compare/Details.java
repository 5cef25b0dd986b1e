package io.github.socialstrategy.core.compare;

import io.github.socialstrategy.core.compare.Changes.Detail;
import io.github.socialstrategy.core.compare.Snapshot.Entity;
import io.github.socialstrategy.core.compare.Snapshot.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an added entity is, or what a removed one was, so a reviewer understands it without the YAML: a
 * campaign's period, budget, objectives and activities; an activity's strategies, channels, hours and
 * budget; the objectives a strategy serves; an objective's pillar and KPIs; a channel's type; a metric's
 * unit and level. Values are those of the entity's fields, so written as the site writes them.
 */
final class Details {

  /** Ids listed in one value before the rest are counted: a campaign of 5,000 activities stays one line. */
  static final int IDS_SHOWN = 12;

  private final Map<String, Field> fields;
  private final List<Detail> out = new ArrayList<>();

  private Details(Map<String, Field> fields) {
    this.fields = fields;
  }

  static List<Detail> of(Entity e) {
    Details d = new Details(e.fields());
    switch (e.kind()) {
      case "objective" -> {
        d.text("pillar", "pillar");
        d.kpis();
      }
      case "strategy" -> d.ids("serves", "objectives").ids("goals", "goals");
      case "activity" -> d.ids("implements", "strategies").ids("channels", "channels").text("hoursPerWeek", "hours per week")
          .money("budget", "budget");
      case "campaign" -> d.period().money("budget", "budget").ids("intent", "objectives").ids("activities", "activities");
      case "channel" -> d.text("type", "type");
      case "metric" -> d.text("unit", "unit").text("level", "level");
      default -> {
        // a kind this version does not describe: its id and title say what there is
      }
    }
    return List.copyOf(d.out);
  }

  private Details text(String key, String label) {
    Field f = fields.get(key);
    if (f != null) {
      out.add(new Detail(label, f.text() == null ? "none" : f.text(), false, false));
    }
    return this;
  }

  private Details money(String key, String label) {
    Field f = fields.get(key);
    if (f != null) {
      out.add(new Detail(label, f.text() == null ? "none" : f.text(), f.number() != null && f.number() != 0, false));
    }
    return this;
  }

  private Details ids(String key, String label) {
    Field f = fields.get(key);
    if (f != null) {
      out.add(new Detail(label, ids(f.ids()), false, false));
    }
    return this;
  }

  /** {@code a, b, c}; past {@value #IDS_SHOWN}, the rest counted: {@code a, b, ... and 4,988 more}. */
  static String ids(List<String> ids) {
    if (ids.isEmpty()) {
      return "none";
    }
    if (ids.size() <= IDS_SHOWN) {
      return String.join(", ", ids);
    }
    return String.join(", ", ids.subList(0, IDS_SHOWN)) + " and " + io.github.socialstrategy.core.render.Format.count(ids.size() - IDS_SHOWN)
        + " more";
  }

  private Details period() {
    Field start = fields.get("start");
    Field end = fields.get("end");
    String from = start == null ? null : start.text();
    String to = end == null ? null : end.text();
    String value = from != null && to != null ? from + " to " + to : from != null ? "from " + from : to != null ? "until " + to : "none";
    out.add(new Detail("period", value, false, false));
    return this;
  }

  /** One detail per KPI, in the objective's order: {@code KPI revenue: target EUR 1,400,000, due 2026-12-31}. */
  private void kpis() {
    Field kpis = fields.get("kpis");
    if (kpis == null) {
      return;
    }
    if (kpis.ids().isEmpty()) {
      out.add(new Detail("KPIs", "none", false, false));
      return;
    }
    for (String metric : kpis.ids()) {
      String k = "kpi:" + metric + ":";
      Field target = fields.get(k + "target");
      Field due = fields.get(k + "due");
      boolean hasTarget = target != null && target.text() != null;
      String value = (hasTarget ? "target " + target.text() : "no target")
          + (due == null || due.text() == null ? "" : ", due " + due.text());
      out.add(new Detail("KPI " + metric, value, false, hasTarget));
    }
  }
}
