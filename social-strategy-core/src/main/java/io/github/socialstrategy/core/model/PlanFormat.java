package io.github.socialstrategy.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan format as data: every mapping a plan file may hold, with its keys, their types, whether they are
 * required, their closed values and what they mean. The loader opens each mapping with the key names listed
 * here, and the JSON Schema for editors is generated from the same lists, so the two cannot drift apart.
 * The descriptions follow the format reference ({@code docs/plan-format.md}).
 */
public final class PlanFormat {

  private PlanFormat() {}

  /** The id pattern of the format. */
  public static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

  /** The longest id. */
  public static final int ID_MAX_LENGTH = 64;

  /** A date as the format writes it. */
  public static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  /** The largest magnitude of a number in a plan. */
  public static final double MAX_NUMBER = 1e15;

  /** What a key's value must be. */
  public enum Type {
    /** An id matching {@link #ID_PATTERN}. */
    ID,
    /** Any single value; numbers and dates written plainly are taken as their text. */
    TEXT,
    /** Text read as Markdown. */
    MARKDOWN,
    /** An ISO 4217 currency code. */
    CURRENCY,
    /** The id of another entity. */
    REFERENCE,
    /** A list of ids of other entities. */
    REFERENCES,
    /** A list of free words. */
    WORDS,
    /** A list of new ids (a pillar's goals). */
    IDS,
    /** An unquoted decimal number. */
    NUMBER,
    /** An unquoted decimal number of 0 or more (money, effort). */
    AMOUNT,
    /** A date written {@code YYYY-MM-DD}. */
    DATE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of a closed list of words ({@link Key#keywords()}). */
    KEYWORD,
    /** A nested mapping ({@link Key#shape()}). */
    MAPPING,
    /** A list of mappings of one shape ({@link Key#shape()}). */
    LIST,
    /** A mapping of pillar id to a percentage from 0 to 100. */
    ALLOCATION,
    /** A mapping of names in an export (column names, campaign names) to ids. */
    COLUMNS,
    /** The name of an import format: one of the loader's registry of formats. */
    FORMAT,
    /** A mapping of {@code YYYY-MM-DD} date to number. */
    MILESTONES
  }

  /**
   * One key of a mapping.
   *
   * @param name the key as written
   * @param type what its value must be
   * @param required whether the loader reports {@code missing-field} without it
   * @param description what it means, from the format reference
   * @param keywords the closed values of a {@link Type#KEYWORD}, else empty
   * @param shape the mapping of a {@link Type#MAPPING} or of each item of a {@link Type#LIST}, else null
   * @param requiredUnless for a key required unless another key has a value: {@code key=value}, else null
   */
  public record Key(
      String name, Type type, boolean required, String description, List<String> keywords, Shape shape, String requiredUnless) {

    public Key {
      keywords = List.copyOf(keywords);
    }
  }

  /**
   * A mapping of the format: the plan, an activity, a KPI, ...
   *
   * @param name a stable name for the shape ({@code activity})
   * @param title how the format reference names it
   * @param description what it is for
   * @param keys its keys, in the order the format reference lists them
   */
  public record Shape(String name, String title, String description, List<Key> keys) {

    public Shape {
      keys = List.copyOf(keys);
    }

    /** The names of the keys, in order: what the loader accepts here. */
    public List<String> names() {
      List<String> names = new ArrayList<>(keys.size());
      keys.forEach(k -> names.add(k.name()));
      return List.copyOf(names);
    }

    /** The key of that name, or null. */
    public Key key(String name) {
      for (Key k : keys) {
        if (k.name().equals(name)) {
          return k;
        }
      }
      return null;
    }
  }

  private static Key req(String name, Type type, String description) {
    return new Key(name, type, true, description, List.of(), null, null);
  }

  private static Key opt(String name, Type type, String description) {
    return new Key(name, type, false, description, List.of(), null, null);
  }

  private static <E extends Enum<E> & Keyword> Key word(String name, Class<E> type, boolean required, String description) {
    List<String> words = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      words.add(e.keyword());
    }
    return new Key(name, Type.KEYWORD, required, description, words, null, null);
  }

  private static Key nested(String name, Type type, boolean required, Shape shape, String description) {
    return new Key(name, type, required, description, List.of(), shape, null);
  }

  private static final Key DESCRIPTION = opt("description", Type.MARKDOWN, "Markdown text (tables, autolinks, strikethrough; entity links such as [see](strategy:ID)). Raw HTML is not passed through.");
  private static final Key TAGS = opt("tags", Type.WORDS, "Free labels, not checked.");

  /** A {@code { start, end }} period. */
  public static final Shape PERIOD =
      new Shape("period", "Period", "A period from its start date to its end date, both included.", List.of(
          req("start", Type.DATE, "The first day, written YYYY-MM-DD."),
          req("end", Type.DATE, "The last day, written YYYY-MM-DD; not before start (schedule-order).")));

  /** An activity's schedule. */
  public static final Shape SCHEDULE =
      new Shape("schedule", "Schedule", "When an activity runs. Default: the whole plan period.", List.of(
          opt("start", Type.DATE, "The first day, written YYYY-MM-DD. Default: the plan period's start."),
          opt("end", Type.DATE, "The last day, written YYYY-MM-DD; not before start (schedule-order). Default: the plan period's end."),
          word("cadence", Cadence.class, false, "How often the activity happens; the site shows it.")));

  /** A task of an activity. */
  public static final Shape TASK =
      new Shape("task", "Task", "A step of an activity's task breakdown.", List.of(
          req("title", Type.TEXT, "What is to be done."),
          opt("due", Type.DATE, "When it is due, written YYYY-MM-DD; inside the activity's schedule (outside-period)."),
          opt("done", Type.BOOLEAN, "Whether it is done. Default: false.")));

  /** A KPI of an objective. */
  public static final Shape KPI =
      new Shape("kpi", "KPI", "How an objective's success is measured: a metric, and where it should get to.", List.of(
          req("metric", Type.REFERENCE, "The id of the metric measured."),
          opt("baseline", Type.NUMBER, "For a sum metric, the previous window's total, shown as a comparison; for a level metric, the level the attainment counts from. Default: 0."),
          opt("target", Type.NUMBER, "The value to reach by the due date. Without it the KPI is tracked, not scored."),
          opt("due", Type.DATE, "When the KPI is judged, written YYYY-MM-DD. Default: the end of the plan period."),
          nested("milestones", Type.MILESTONES, false, null, "A seasonal path to the target: values expected on given dates (2026-03-31: 200000), linear between the points. Default: a straight line.")));

  /** A pillar of a framework. */
  public static final Shape PILLAR =
      new Shape("pillar", "Pillar", "A pillar of the framework, with the goals that belong to it.", List.of(
          req("id", Type.ID, "The pillar's id, unique among pillars."),
          req("title", Type.TEXT, "The pillar's name."),
          word("effect", Effect.class, true, "How the pillar pays off."),
          req("goals", Type.IDS, "The ids of the pillar's goals; goal ids are unique across the framework."),
          DESCRIPTION));

  /** The {@code plan} section. */
  public static final Shape PLAN =
      new Shape("plan", "Plan", "The plan's identity, period, currency and intended allocation. Exactly one in a plan.", List.of(
          req("id", Type.ID, "The plan's id."),
          req("title", Type.TEXT, "The plan's title."),
          req("organisation", Type.TEXT, "The organisation the plan is for."),
          nested("period", Type.MAPPING, true, PERIOD, "The period the plan covers."),
          req("currency", Type.CURRENCY, "The plan's currency: an ISO 4217 code such as EUR, USD or GBP."),
          opt("asOf", Type.DATE, "The report date, written YYYY-MM-DD. Default: the latest result date, or the period's start when there are no results."),
          opt("allocation", Type.ALLOCATION, "The intended share of effort per pillar, in percent, adding up to 100 (allocation-sum). A pillar given 0 is deliberately unused."),
          DESCRIPTION));

  /** The {@code framework} section. */
  public static final Shape FRAMEWORK =
      new Shape("framework", "Framework", "Pillars and goals, replacing the built-in four-pillar framework. At most one in a plan.", List.of(
          req("id", Type.ID, "The framework's id."),
          req("title", Type.TEXT, "The framework's name."),
          nested("pillars", Type.LIST, true, PILLAR, "The pillars."),
          DESCRIPTION));

  /** A metric. */
  public static final Shape METRIC =
      new Shape("metric", "Metric", "What is measured. KPIs and results name metrics.", List.of(
          req("id", Type.ID, "The metric's id."),
          req("title", Type.TEXT, "The metric's name."),
          word("unit", Unit.class, true, "The unit of its values."),
          word("aggregate", Aggregate.class, false, "How results add up over time. Default: sum."),
          word("better", Better.class, false, "Which way is better. Default: higher."),
          opt("financial", Type.BOOLEAN, "Whether amounts count as financial return in ROI. Default: false."),
          word("level", Level.class, false, "The AMEC evaluation stage it measures."),
          opt("formula", Type.TEXT, "Derives the metric from others: metric ids, numbers, + - * / and parentheses (subtract with spaces: a - b)."),
          DESCRIPTION));

  /** A channel. */
  public static final Shape CHANNEL =
      new Shape("channel", "Channel", "A platform or place where activities run.", List.of(
          req("id", Type.ID, "The channel's id."),
          req("title", Type.TEXT, "The channel's name."),
          word("type", ChannelType.class, false, "The kind of platform. Default: other."),
          opt("url", Type.TEXT, "The channel's address; shown as a link when it starts with http:// or https://."),
          DESCRIPTION));

  /** A business objective. */
  public static final Shape OBJECTIVE =
      new Shape("objective", "Objective", "A business objective that everything else must trace to.", List.of(
          req("id", Type.ID, "The objective's id."),
          req("title", Type.TEXT, "The objective's name."),
          req("pillar", Type.REFERENCE, "The id of a pillar of the framework in force."),
          opt("owner", Type.TEXT, "Who owns it."),
          word("priority", Priority.class, false, "Its priority."),
          TAGS,
          nested("kpis", Type.LIST, false, KPI, "How success is measured (objective-without-kpi without any)."),
          DESCRIPTION));

  /** A strategy. */
  public static final Shape STRATEGY =
      new Shape("strategy", "Strategy", "How objectives will be reached. Strategies may overlap and reinforce each other.", List.of(
          req("id", Type.ID, "The strategy's id."),
          req("title", Type.TEXT, "The strategy's name."),
          req("serves", Type.REFERENCES, "The ids of the objectives it serves: at least one that exists (strategy-without-objective)."),
          opt("goals", Type.REFERENCES, "The ids of the framework goals it works toward."),
          opt("influences", Type.REFERENCES, "The ids of the strategies it reinforces; cycles are normal."),
          TAGS,
          DESCRIPTION));

  /** An activity. */
  public static final Shape ACTIVITY =
      new Shape("activity", "Activity", "A broad task activity that carries out strategies.", List.of(
          req("id", Type.ID, "The activity's id."),
          req("title", Type.TEXT, "The activity's name."),
          req("implements", Type.REFERENCES, "The ids of the strategies it carries out: at least one that serves an objective (untraced-activity)."),
          opt("channels", Type.REFERENCES, "The ids of the channels it runs on; internal work may have none."),
          opt("goals", Type.REFERENCES, "The ids of the framework goals it works toward. Default: its strategies' goals; [] means none."),
          opt("owner", Type.TEXT, "Who carries it out."),
          word("status", Status.class, false, "Where it stands. Default: planned."),
          nested("schedule", Type.MAPPING, false, SCHEDULE, "When it runs."),
          opt("hoursPerWeek", Type.AMOUNT, "Planned effort, in hours per week."),
          opt("budget", Type.AMOUNT, "Planned spend, in the plan currency."),
          nested("tasks", Type.LIST, false, TASK, "The activity's task breakdown."),
          TAGS,
          DESCRIPTION));

  /** A campaign. */
  public static final Shape CAMPAIGN =
      new Shape("campaign", "Campaign", "A time-boxed push that groups activities.", List.of(
          req("id", Type.ID, "The campaign's id."),
          req("title", Type.TEXT, "The campaign's name."),
          nested("period", Type.MAPPING, true, PERIOD, "When it runs; inside the plan period (outside-period)."),
          req("intent", Type.REFERENCES, "The ids of the objectives it is meant to move."),
          req("activities", Type.REFERENCES, "The ids of its activities."),
          opt("budget", Type.AMOUNT, "Its budget, in the plan currency."),
          TAGS,
          DESCRIPTION));

  /** A measured result. */
  public static final Shape RESULT =
      new Shape("result", "Result", "A measured value of a metric on a day. At most one scope: activity, channel or campaign.", List.of(
          req("date", Type.DATE, "The day measured, written YYYY-MM-DD."),
          req("metric", Type.REFERENCE, "The id of the metric."),
          req("value", Type.NUMBER, "The value; may be negative."),
          opt("activity", Type.REFERENCE, "Scope: the id of an activity."),
          opt("channel", Type.REFERENCE, "Scope: the id of a channel."),
          opt("campaign", Type.REFERENCE, "Scope: the id of a campaign."),
          opt("cost", Type.AMOUNT, "Actual spend attributed to this result, in the plan currency.")));

  /** The range of a platform export, written on its import (optional there, unlike a plan's or campaign's period). */
  public static final Shape EXPORT_PERIOD =
      new Shape("export-period", "Export range", "The range an export covers, from its first to its last day, both included.", PERIOD.keys());

  /** A platform analytics export to read as results. */
  public static final Shape IMPORT =
      new Shape("import", "Import", "A platform analytics export, read as results.", List.of(
          req("file", Type.TEXT, "The export's path, relative to the plan directory and inside it."),
          req("format", Type.FORMAT, "The export's layout: the platform and report it comes from."),
          opt("sheet", Type.TEXT, "For an .xlsx or .xls export: the name of the sheet to read. Default: the first sheet."),
          opt("channel", Type.REFERENCE, "Scope of every row: the id of a channel (at most one of channel, activity, campaign)."),
          opt("activity", Type.REFERENCE, "Scope of every row: the id of an activity."),
          opt("campaign", Type.REFERENCE, "Scope of every row: the id of a campaign."),
          nested("period", Type.MAPPING, false, EXPORT_PERIOD, "The export's range, for rows that are totals over it (they are dated at its end)."),
          opt("date", Type.DATE, "One date for every row of a date-less export (not with period)."),
          opt("cost", Type.TEXT, "The column whose amount is recorded as each row's cost (ad spend)."),
          opt("campaigns", Type.COLUMNS, "The platform's campaign names to plan campaign ids; rows of other campaigns keep the import's own scope."),
          new Key("metrics", Type.COLUMNS, false, "Export column name to metric id (Impressions: impressions); required except for generic-csv.", List.of(), null, "format=generic-csv")));

  /** A YAML document: a mapping of sections. */
  public static final Shape DOCUMENT =
      new Shape("document", "Social strategy plan file", "A file of a social strategy plan: a mapping of sections. Several files add up to one plan.", List.of(
          nested("plan", Type.MAPPING, false, PLAN, "The plan's identity, period, currency and intended allocation; exactly one in a plan."),
          nested("framework", Type.MAPPING, false, FRAMEWORK, "Pillars and goals; when absent the built-in four-pillar framework applies."),
          nested("metrics", Type.LIST, false, METRIC, "Metrics: what is measured."),
          nested("channels", Type.LIST, false, CHANNEL, "Platforms and channels."),
          nested("objectives", Type.LIST, false, OBJECTIVE, "Business objectives."),
          nested("strategies", Type.LIST, false, STRATEGY, "Strategies that serve objectives."),
          nested("activities", Type.LIST, false, ACTIVITY, "Broad task activities that implement strategies."),
          nested("campaigns", Type.LIST, false, CAMPAIGN, "Campaigns."),
          nested("results", Type.LIST, false, RESULT, "Measured results."),
          nested("imports", Type.LIST, false, IMPORT, "Platform analytics exports to read as results.")));

  /** Every mapping shape of the format, the document first, each once. */
  public static List<Shape> shapes() {
    List<Shape> all = new ArrayList<>();
    collect(DOCUMENT, all);
    return List.copyOf(all);
  }

  private static void collect(Shape shape, List<Shape> into) {
    if (into.contains(shape)) {
      return;
    }
    into.add(shape);
    for (Key k : shape.keys()) {
      if (k.shape() != null) {
        collect(k.shape(), into);
      }
    }
  }
}
