package io.github.socialstrategy.core.load;

import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Aggregate;
import io.github.socialstrategy.core.model.Allocation;
import io.github.socialstrategy.core.model.Better;
import io.github.socialstrategy.core.model.Cadence;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Channel;
import io.github.socialstrategy.core.model.ChannelType;
import io.github.socialstrategy.core.model.Effect;
import io.github.socialstrategy.core.model.Framework;
import io.github.socialstrategy.core.model.Goal;
import io.github.socialstrategy.core.load.imports.ExportFormats;
import io.github.socialstrategy.core.load.imports.ResultTable;
import io.github.socialstrategy.core.model.ImportFormat;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.Kpi;
import io.github.socialstrategy.core.model.Level;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Period;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.PlanFormat;
import io.github.socialstrategy.core.model.PlanInfo;
import io.github.socialstrategy.core.model.Priority;
import io.github.socialstrategy.core.model.Ref;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Schedule;
import io.github.socialstrategy.core.model.Scope;
import io.github.socialstrategy.core.model.ScopeKind;
import io.github.socialstrategy.core.model.Status;
import io.github.socialstrategy.core.model.Strategy;
import io.github.socialstrategy.core.model.Suggestions;
import io.github.socialstrategy.core.model.Task;
import io.github.socialstrategy.core.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Turns the sections of a YAML document into entities of the model, one reader method per section. */
final class SectionReader {

  // The keys of each mapping come from the format's catalogue, which the JSON Schema is generated from too.
  static final List<String> SECTIONS = PlanFormat.DOCUMENT.names();

  private static final List<String> PLAN_KEYS = PlanFormat.PLAN.names();
  private static final List<String> FRAMEWORK_KEYS = PlanFormat.FRAMEWORK.names();
  private static final List<String> PILLAR_KEYS = PlanFormat.PILLAR.names();
  private static final List<String> METRIC_KEYS = PlanFormat.METRIC.names();
  private static final List<String> CHANNEL_KEYS = PlanFormat.CHANNEL.names();
  private static final List<String> OBJECTIVE_KEYS = PlanFormat.OBJECTIVE.names();
  private static final List<String> KPI_KEYS = PlanFormat.KPI.names();
  private static final List<String> STRATEGY_KEYS = PlanFormat.STRATEGY.names();
  private static final List<String> ACTIVITY_KEYS = PlanFormat.ACTIVITY.names();
  private static final List<String> SCHEDULE_KEYS = PlanFormat.SCHEDULE.names();
  private static final List<String> TASK_KEYS = PlanFormat.TASK.names();
  private static final List<String> CAMPAIGN_KEYS = PlanFormat.CAMPAIGN.names();
  static final List<String> RESULT_KEYS = PlanFormat.RESULT.names();
  private static final List<String> IMPORT_KEYS = PlanFormat.IMPORT.names();

  private final PlanParts.Builder parts;

  SectionReader(PlanParts.Builder parts) {
    this.parts = parts;
  }

  void readDocument(YamlContext ctx, Node document) {
    if (MappingReader.isNull(document)) {
      return; // an empty document, or one holding only comments
    }
    MappingReader root =
        MappingReader.open(ctx, document, "a plan file (a mapping of sections such as plan:, objectives:)", SECTIONS);
    if (root == null) {
      return;
    }
    if (root.has("plan")) {
      plan(ctx, root.node("plan"));
    }
    if (root.has("framework")) {
      framework(ctx, root.node("framework"));
    }
    for (Node n : root.list("metrics", false, "metrics")) {
      metric(ctx, n);
    }
    for (Node n : root.list("channels", false, "channels")) {
      channel(ctx, n);
    }
    for (Node n : root.list("objectives", false, "objectives")) {
      objective(ctx, n);
    }
    for (Node n : root.list("strategies", false, "strategies")) {
      strategy(ctx, n);
    }
    for (Node n : root.list("activities", false, "activities")) {
      activity(ctx, n);
    }
    for (Node n : root.list("campaigns", false, "campaigns")) {
      campaign(ctx, n);
    }
    for (Node n : root.list("results", false, "results")) {
      result(ctx, n);
    }
    for (Node n : root.list("imports", false, "imports")) {
      importSpec(ctx, n);
    }
  }

  /** Reads a {@code description}, keeping its entity links for the linker to check. */
  private MarkdownText markdown(MappingReader m) {
    MarkdownText text = m.markdown("description");
    parts.links.addAll(text.links());
    return text;
  }

  private void plan(YamlContext ctx, Node node) {
    MappingReader m = MappingReader.open(ctx, node, "the plan", PLAN_KEYS);
    if (m == null) {
      return;
    }
    String id = m.id();
    String title = m.text("title", true);
    String organisation = m.text("organisation", true);
    var period = m.period("period", true);
    String currency = m.text("currency", true);
    if (currency != null && !isCurrency(currency)) {
      ctx.diagnostics.report(
          Rule.INVALID_VALUE,
          m.place("currency"),
          "'currency' of the plan must be an ISO 4217 code such as EUR or USD, not '" + currency + "'");
    }
    LocalDate asOf = m.date("asOf", false);
    List<Allocation> allocation = new ArrayList<>();
    Node alloc = m.node("allocation");
    if (alloc != null) {
      if (alloc instanceof MappingNode mapping) {
        // Keys are pillar ids, checked against the framework when linking.
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (NodeTuple t : mapping.getValue()) {
          if (!(t.getKeyNode() instanceof ScalarNode key) || MappingReader.isNull(key)) {
            ctx.diagnostics.report(
                Rule.INVALID_VALUE, ctx.at(t.getKeyNode()), "a key of the plan's allocation must be a pillar id");
            continue;
          }
          Integer firstLine = seen.putIfAbsent(key.getValue(), key.getStartMark().getLine() + 1);
          if (firstLine != null) {
            ctx.diagnostics.report(
                Rule.DUPLICATE_KEY,
                ctx.at(key),
                "pillar '" + key.getValue() + "' appears twice in the plan's allocation (first at line " + firstLine
                    + "); the second is ignored",
                "keep one of them");
            continue;
          }
          Double percent = percent(ctx, key.getValue(), t.getValueNode());
          if (percent != null) {
            allocation.add(new Allocation(new Ref(key.getValue(), ctx.at(key)), percent));
          }
        }
      } else {
        ctx.diagnostics.report(
            Rule.INVALID_VALUE,
            ctx.at(alloc),
            "'allocation' of the plan must map pillar ids to percentages (marketing: 40), not " + MappingReader.describe(alloc));
      }
    }
    String description = markdown(m).text();
    parts.plans.add(new PlanInfo(id, title, organisation, period, currency, asOf, allocation, description, m.source()));
  }

  private static Double percent(YamlContext ctx, String pillar, Node value) {
    Double v = value instanceof ScalarNode s && s.isPlain() ? Numbers.parseYaml(s.getValue()) : null;
    if (v == null || v < 0 || v > 100) {
      ctx.diagnostics.report(
          Rule.INVALID_VALUE,
          ctx.at(value),
          "the allocation of pillar '" + pillar + "' must be a percentage from 0 to 100, not " + MappingReader.describe(value));
      return null;
    }
    return v;
  }

  private static boolean isCurrency(String code) {
    if (!code.matches("[A-Z]{3}")) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void framework(YamlContext ctx, Node node) {
    MappingReader m = MappingReader.open(ctx, node, "the framework", FRAMEWORK_KEYS);
    if (m == null) {
      return;
    }
    String id = m.id();
    String title = m.text("title", true);
    List<Pillar> pillars = new ArrayList<>();
    for (Node p : m.list("pillars", true, "pillars")) {
      MappingReader pm = MappingReader.open(ctx, p, "a pillar", PILLAR_KEYS);
      if (pm == null) {
        continue;
      }
      String pillarId = pm.id();
      String pillarTitle = pm.text("title", true);
      Effect effect = pm.keyword("effect", Effect.class, null, true);
      List<Goal> goals = new ArrayList<>();
      for (Ref g : pm.refs("goals", true, "goal ids")) {
        if (!Ids.isValid(g.id())) {
          ctx.diagnostics.report(
              Rule.INVALID_VALUE, g.location(), "goal id '" + g.id() + "' is not valid: " + Ids.RULE, Ids.suggest(g.id()));
        }
        goals.add(new Goal(g.id(), pillarId, g.location()));
      }
      String description = markdown(pm).text();
      if (pillarId != null) {
        pillars.add(new Pillar(pillarId, pillarTitle, effect, goals, description, pm.source()));
      }
    }
    markdown(m);
    parts.frameworks.add(new Framework(id, title, pillars, false, m.source()));
  }

  private void metric(YamlContext ctx, Node node) {
    MappingReader m = MappingReader.open(ctx, node, "a metric", METRIC_KEYS);
    if (m == null) {
      return;
    }
    String id = m.id();
    String title = m.text("title", true);
    Unit unit = m.keyword("unit", Unit.class, null, true);
    Aggregate aggregate = m.keyword("aggregate", Aggregate.class, Aggregate.SUM, false);
    Better better = m.keyword("better", Better.class, Better.HIGHER, false);
    boolean financial = m.bool("financial", false);
    Level level = m.keyword("level", Level.class, null, false);
    String formula = m.text("formula", false);
    MarkdownText description = markdown(m);
    if (id != null) {
      parts.metrics.add(
          new Metric(id, title, unit, aggregate, better, financial, level, formula, description.text(), m.source()));
    }
  }

  private void channel(YamlContext ctx, Node node) {
    MappingReader m = MappingReader.open(ctx, node, "a channel", CHANNEL_KEYS);
    if (m == null) {
      return;
    }
    String id = m.id();
    String title = m.text("title", true);
    ChannelType type = m.keyword("type", ChannelType.class, ChannelType.OTHER, false);
    String url = m.text("url", false);
    MarkdownText description = markdown(m);
    if (id != null) {
      parts.channels.add(new Channel(id, title, type, url, description.text(), m.source()));
    }
  }

  private void objective(YamlContext ctx, Node node) {
    MappingReader m = MappingReader.open(ctx, node, "an objective", OBJECTIVE_KEYS);
    if (m == null) {
      return;
    }
    String id = m.id();
    String title = m.text("title", true);
    Ref pillar = m.ref("pillar", true, "a pillar id of the framework");
    String owner = m.text("owner", false);
    Priority priority = m.keyword("priority", Priority.class, null, false);
    List<String> tags = m.strings("tags");
    List<Kpi> kpis = new ArrayList<>();
    for (Node k : m.list("kpis", false, "KPIs")) {
      MappingReader km = MappingReader.open(ctx, k, "a KPI of " + m.label(), KPI_KEYS);
      if (km == null) {
        continue;
      }
      Ref metric = km.ref("metric", true, "a metric id");
      Double baseline = km.number("baseline", false, false);
      Double target = km.number("target", false, false);
      LocalDate due = km.date("due", false);
      if (target != null && target.equals(baseline == null ? 0.0 : baseline)) {
        ctx.diagnostics.report(
            Rule.INVALID_VALUE,
            km.place("target"),
            "the target of " + km.label() + " equals its baseline, so the KPI can measure no progress; give the value to "
                + "reach (to hold a level, set the baseline to where it stands today and the target to where it must stay above)");
        target = null;
      }
      java.util.NavigableMap<LocalDate, Kpi.Milestone> milestones = milestones(ctx, km);
      if (metric != null) {
        kpis.add(new Kpi(metric, baseline == null ? 0 : baseline, target, due, milestones, km.source()));
      }
    }
    MarkdownText description = markdown(m);
    if (id != null) {
      parts.objectives.add(
          new Objective(id, title, pillar, owner, priority, tags, kpis, description.text(), m.source()));
    }
  }

  /** A KPI's {@code milestones}: a mapping of dates to the value expected by each. */
  private static java.util.NavigableMap<LocalDate, Kpi.Milestone> milestones(YamlContext ctx, MappingReader km) {
    java.util.NavigableMap<LocalDate, Kpi.Milestone> out = new java.util.TreeMap<>();
    Node node = km.node("milestones");
    if (node == null || MappingReader.isNull(node)) {
      return out;
    }
    if (!(node instanceof MappingNode mapping)) {
      ctx.diagnostics.report(
          Rule.INVALID_VALUE,
          ctx.at(node),
          "'milestones' of " + km.label() + " must map dates to the value expected by each "
              + "({ 2026-03-31: 200000, 2026-06-30: 500000 }), not " + MappingReader.describe(node));
      return out;
    }
    for (NodeTuple t : mapping.getValue()) {
      Node keyNode = t.getKeyNode();
      LocalDate date = keyNode instanceof ScalarNode key && !MappingReader.isNull(key) ? Dates.parse(key.getValue()) : null;
      if (date == null) {
        ctx.diagnostics.report(
            Rule.INVALID_VALUE,
            ctx.at(keyNode),
            "a milestone of " + km.label() + " must be keyed by a date written YYYY-MM-DD, such as 2026-06-30, not "
                + MappingReader.describe(keyNode));
        continue;
      }
      Kpi.Milestone first = out.get(date);
      if (first != null) {
        ctx.diagnostics.report(
            Rule.DUPLICATE_KEY,
            ctx.at(keyNode),
            "milestone " + date + " appears twice in " + km.label() + " (first at line " + first.location().line()
                + "); the second is ignored",
            "keep one of them");
        continue;
      }
      Node valueNode = t.getValueNode();
      Double value = valueNode instanceof ScalarNode s && s.isPlain() ? Numbers.parseYaml(s.getValue()) : null;
      if (value == null) {
        ctx.diagnostics.report(
            Rule.INVALID_VALUE,
            ctx.at(valueNode),
            "the milestone " + date + " of " + km.label() + " must be a number, the value expected by that date, not "
                + MappingReader.describe(valueNode));
        continue;
      }
      out.put(date, new Kpi.Milestone(date, value, ctx.at(keyNode)));
    }
    return out;
  }

  private void strategy(YamlContext ctx, Node node) {
    MappingReader m = MappingReader.open(ctx, node, "a strategy", STRATEGY_KEYS);
    if (m == null) {
      return;
    }
    String id = m.id();
    String title = m.text("title", true);
    List<Ref> serves = m.refs("serves", true, "objective ids");
    List<Ref> goals = m.refs("goals", false, "framework goal ids");
    List<Ref> influences = m.refs("influences", false, "strategy ids");
    List<String> tags = m.strings("tags");
    MarkdownText description = markdown(m);
    if (id != null) {
      parts.strategies.add(
          new Strategy(id, title, serves, goals, influences, tags, description.text(), m.source()));
    }
  }

  private void activity(YamlContext ctx, Node node) {
    MappingReader m = MappingReader.open(ctx, node, "an activity", ACTIVITY_KEYS);
    if (m == null) {
      return;
    }
    String id = m.id();
    String title = m.text("title", true);
    List<Ref> implementsRefs = m.refs("implements", true, "strategy ids");
    List<Ref> channels = m.refs("channels", false, "channel ids");
    List<Ref> goals = m.has("goals") ? m.refs("goals", false, "framework goal ids") : null;
    String owner = m.text("owner", false);
    Status status = m.keyword("status", Status.class, Status.PLANNED, false);
    Schedule schedule = null;
    MappingReader s = m.child("schedule", false, "the schedule", SCHEDULE_KEYS);
    if (s != null) {
      schedule =
          new Schedule(s.date("start", false), s.date("end", false), s.keyword("cadence", Cadence.class, null, false), s.source());
    }
    Double hours = m.number("hoursPerWeek", false, true);
    Double budget = m.number("budget", false, true);
    List<Task> tasks = new ArrayList<>();
    for (Node t : m.list("tasks", false, "tasks")) {
      MappingReader tm = MappingReader.open(ctx, t, "a task of " + m.label(), TASK_KEYS);
      if (tm == null) {
        continue;
      }
      String taskTitle = tm.text("title", true);
      LocalDate due = tm.date("due", false);
      boolean done = tm.bool("done", false);
      tasks.add(new Task(taskTitle, due, done, tm.source()));
    }
    List<String> tags = m.strings("tags");
    MarkdownText description = markdown(m);
    if (id != null) {
      parts.activities.add(
          new Activity(
              id, title, implementsRefs, channels, goals, owner, status, schedule, hours, budget, tasks, tags,
              description.text(), m.source()));
    }
  }

  private void campaign(YamlContext ctx, Node node) {
    MappingReader m = MappingReader.open(ctx, node, "a campaign", CAMPAIGN_KEYS);
    if (m == null) {
      return;
    }
    String id = m.id();
    String title = m.text("title", true);
    var period = m.period("period", true);
    List<Ref> intent = m.refs("intent", true, "objective ids");
    List<Ref> activities = m.refs("activities", true, "activity ids");
    Double budget = m.number("budget", false, true);
    List<String> tags = m.strings("tags");
    MarkdownText description = markdown(m);
    if (id != null) {
      parts.campaigns.add(
          new Campaign(id, title, period, intent, activities, budget, tags, description.text(), m.source()));
    }
  }

  private void result(YamlContext ctx, Node node) {
    MappingReader m = MappingReader.open(ctx, node, "a result", RESULT_KEYS);
    if (m == null) {
      return;
    }
    LocalDate date = m.date("date", true);
    Ref metric = m.ref("metric", true, "a metric id");
    Double value = m.number("value", true, false);
    String scopeKey = null;
    Ref scope = null;
    for (String key : List.of("activity", "channel", "campaign")) {
      Ref r = m.ref(key, false, "an id");
      if (r == null) {
        continue;
      }
      if (scope != null) {
        ctx.diagnostics.report(
            Rule.INVALID_VALUE,
            r.location(),
            "a result has at most one scope, but this one names both '" + scopeKey + "' and '" + key + "'; keep one");
        continue;
      }
      scopeKey = key;
      scope = r;
    }
    Double cost = m.number("cost", false, true);
    if (date == null || metric == null || value == null) {
      return;
    }
    int[] places = new int[Result.Field.values().length * 2];
    put(places, Result.Field.DATE, m.place("date"));
    put(places, Result.Field.METRIC, metric.location());
    put(places, Result.Field.VALUE, m.place("value"));
    if (scope != null) {
      put(places, Result.Field.SCOPE, scope.location());
    }
    if (cost != null) {
      put(places, Result.Field.COST, m.place("cost"));
    }
    parts.results.add(
        new Result(
            date,
            metric.id(),
            value,
            scope == null ? null : ScopeKind.valueOf(scopeKey.toUpperCase(java.util.Locale.ROOT)),
            scope == null ? null : scope.id(),
            cost == null ? Double.NaN : cost,
            ctx.file,
            places));
  }

  private static void put(int[] places, Result.Field field, io.github.socialstrategy.core.model.Location at) {
    places[field.ordinal() * 2] = at.line();
    places[field.ordinal() * 2 + 1] = at.column();
  }

  private void importSpec(YamlContext ctx, Node node) {
    MappingReader m = MappingReader.open(ctx, node, "an import", IMPORT_KEYS);
    if (m == null) {
      return;
    }
    String file = m.text("file", true);
    ImportFormat format = importFormat(ctx, m);
    String sheet = m.text("sheet", false);
    Scope scope = null;
    for (String key : List.of("channel", "activity", "campaign")) {
      Ref r = m.ref(key, false, "an id");
      if (r == null) {
        continue;
      }
      if (scope != null) {
        ctx.diagnostics.report(
            Rule.INVALID_VALUE, r.location(), "an import has at most one scope (channel, activity or campaign); keep one");
        continue;
      }
      scope = new Scope(ScopeKind.valueOf(key.toUpperCase(java.util.Locale.ROOT)), r);
    }
    List<ImportSpec.Mapping> metrics = ImportKeys.mapping(ctx, m, "metrics", "an export column to a metric id (Impressions: impressions)");
    if (!m.has("metrics") && format != null && ExportFormats.needsMetrics(format)) {
      ctx.diagnostics.report(
          Rule.MISSING_FIELD,
          m.at(),
          m.label() + " has no 'metrics': map the export's columns to metric ids (Impressions: impressions)");
    }
    String costColumn = m.text("cost", false);
    ImportSpec.Mapping cost = costColumn == null ? null : new ImportSpec.Mapping(costColumn, m.place("cost"), null);
    Period period = m.period("period", false);
    LocalDate date = m.date("date", false);
    List<ImportSpec.Mapping> campaigns = ImportKeys.mapping(ctx, m, "campaigns", "a platform's campaign name to a plan campaign id");
    if (format != null) {
      ImportKeys.check(ctx, m, format, cost, period, date, campaigns);
    }
    if (file != null) {
      // Kept without a format too, so that the export is never read as a results table instead.
      parts.imports.add(new ImportSpec(file, format, sheet, scope, metrics, cost, period, date, campaigns, m.source()));
    }
  }

  /** The import's format, from the registry; an unknown one is reported with the nearest name. */
  private static ImportFormat importFormat(YamlContext ctx, MappingReader m) {
    List<String> ids = ExportFormats.ids();
    String written = m.text("format", true);
    if (written == null) {
      return null;
    }
    ImportFormat format = ExportFormats.byId(written);
    if (format == null) {
      ctx.diagnostics.report(
          Rule.INVALID_VALUE,
          m.place("format"),
          "'format' of " + m.label() + " must be one of " + String.join(" | ", ids) + ", not '" + written + "'",
          Suggestions.didYouMean(written, ids));
    }
    return format;
  }
}
