package io.github.socialstrategy.core.compare;

import io.github.socialstrategy.core.compare.Snapshot.Field;
import io.github.socialstrategy.core.render.Format;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of each kind of entity, in the user's terms and the site's number format. Both sources of a
 * snapshot (a checked plan and a {@code plan.json}) build their entities here, so the same plan gives the
 * same fields whichever way it was read.
 */
final class Fields {

  private final String currency;
  private final Map<String, Field> fields = new LinkedHashMap<>();

  Fields(String currency) {
    this.currency = currency;
  }

  Map<String, Field> build() {
    return fields;
  }

  Fields text(String key, String label, String value) {
    fields.put(key, Field.text(label, value));
    return this;
  }

  Fields longText(String key, String label, String value) {
    fields.put(key, Field.longText(label, value));
    return this;
  }

  Fields ids(String key, String label, String verb, List<String> ids) {
    fields.put(key, Field.ids(label, verb, ids));
    return this;
  }

  Fields money(String key, String label, Double amount) {
    fields.put(key, Field.money(label, amount, amount == null ? null : Format.money(amount, currency)));
    return this;
  }

  Fields number(String key, String label, Double value, String unit) {
    fields.put(key, Field.number(label, value, value == null ? null : value(value, unit, currency)));
    return this;
  }

  /** The KPI fields of an objective: target, baseline and due date, per metric. */
  Fields kpi(String metric, String unit, double baseline, Double target, String due) {
    String k = "kpi:" + metric + ":";
    number(k + "target", "target of KPI " + metric, target, unit);
    number(k + "baseline", "baseline of KPI " + metric, baseline, unit);
    return text(k + "due", "due date of KPI " + metric, due);
  }

  /** A KPI as an objective's fields name it. */
  record KpiDef(String metric, String unit, double baseline, Double target, String due) {}

  static Map<String, Field> objective(
      String currency, String title, String pillar, String owner, String priority, List<String> tags, List<KpiDef> kpis, String description) {
    Fields f = new Fields(currency).text("title", "title", title).text("pillar", "pillar", pillar).text("owner", "owner", owner)
        .text("priority", "priority", priority).ids("tags", "tags", "has tag", tags);
    f.ids("kpis", "KPIs", "has a KPI on", kpis.stream().map(KpiDef::metric).distinct().toList());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (KpiDef k : kpis) {
      if (seen.add(k.metric())) {
        f.kpi(k.metric(), k.unit(), k.baseline(), k.target(), k.due());
      }
    }
    return f.description(description).build();
  }

  static Map<String, Field> strategy(
      String currency, String title, List<String> serves, List<String> goals, List<String> influences, List<String> tags, String description) {
    return new Fields(currency).text("title", "title", title).ids("serves", "objectives", "serves", serves)
        .ids("goals", "goals", "works toward", goals).ids("influences", "influences", "reinforces", influences)
        .ids("tags", "tags", "has tag", tags).description(description).build();
  }

  static Map<String, Field> activity(
      String currency, String title, List<String> implementsIds, List<String> channels, List<String> goals, String owner,
      String status, String start, String end, String cadence, Double hoursPerWeek, Double budget, List<String> tags,
      String description) {
    return new Fields(currency).text("title", "title", title).ids("implements", "strategies", "implements", implementsIds)
        .ids("channels", "channels", "runs on", channels).ids("goals", "goals", "works toward", goals)
        .text("owner", "owner", owner).text("status", "status", status).text("start", "start", start).text("end", "end", end)
        .text("cadence", "cadence", cadence).number("hoursPerWeek", "hours per week", hoursPerWeek, "hours")
        .money("budget", "budget", budget).ids("tags", "tags", "has tag", tags).description(description).build();
  }

  static Map<String, Field> campaign(
      String currency, String title, String start, String end, List<String> intent, List<String> activities, Double budget,
      List<String> tags, String description) {
    return new Fields(currency).text("title", "title", title).text("start", "start", start).text("end", "end", end)
        .ids("intent", "intended objectives", "aims at", intent).ids("activities", "activities", "includes", activities)
        .money("budget", "budget", budget).ids("tags", "tags", "has tag", tags).description(description).build();
  }

  static Map<String, Field> channel(String currency, String title, String type, String url, String description) {
    return new Fields(currency).text("title", "title", title).text("type", "type", type).text("url", "url", url)
        .description(description).build();
  }

  static Map<String, Field> metric(
      String currency, String title, String unit, String aggregate, String better, boolean financial, String level, String formula,
      String description) {
    return new Fields(currency).text("title", "title", title).text("unit", "unit", unit).text("aggregate", "aggregate", aggregate)
        .text("better", "better", better).text("financial", "financial", financial ? "yes" : "no").text("level", "level", level)
        .text("formula", "formula", formula).description(description).build();
  }

  private Fields description(String description) {
    return longText("description", "description", description);
  }

  /** A value in its metric's unit ({@code count}, {@code currency}, ...), as the site's KPI tables write it. */
  static String value(double v, String unit, String currency) {
    if (Double.isNaN(v)) {
      return "–";
    }
    if (unit == null) {
      return Format.number(v);
    }
    return switch (unit) {
      case "percent" -> Format.number(Math.round(v * 100) / 100.0) + "%";
      case "currency" -> Format.money(v, currency);
      case "hours" -> Format.number(Math.round(v * 10) / 10.0) + " h";
      case "minutes" -> Format.number(Math.round(v * 10) / 10.0) + " min";
      case "ratio" -> Format.number(Math.round(v * 100) / 100.0);
      case "count" -> Format.count(v);
      default -> Format.number(v);
    };
  }

  /** A channel's url as plan.json passes it on: only web addresses. */
  static String webAddress(String url) {
    return url != null && url.matches("(?i)https?://\\S+") ? url : null;
  }

  static String keyword(Enum<?> e) {
    return e == null ? null : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
