package io.github.socialstrategy.core.compare;

import java.util.List;

/**
 * What a change does to a plan, compared with its baseline: entities added, removed, renamed and changed;
 * the trace, balance and coverage before and after; results and KPI standing; findings new, resolved and
 * unchanged. Every list is in a fixed order, so the same two plans always give the same changes.
 *
 * @param baseline what the plan was compared with, for people: {@code HEAD~1 (3f2a9c1)}
 * @param newPlan whether the baseline had no plan at all (everything is added)
 * @param entities entity changes: by kind in {@link Snapshot#KINDS} order, then added, renamed, changed, removed
 * @param trace activities untraced or traced, objectives losing or gaining coverage, strategies losing their
 *     last activity
 * @param pillars every pillar's intended and planned share before and after; null when either side lacks them
 * @param cells goal and channel pairs newly covered or uncovered; null when either side lacks them
 * @param money planned budget moved: the whole plan, then per channel
 * @param results result rows per metric, where their number changed; null when either side lacks them
 * @param kpis KPIs whose attainment or state changed; empty when the baseline had no results, or when its
 *     attainment had another meaning
 * @param kpiNote why KPIs were not compared although the baseline has results, or null
 * @param findings every finding of both sides with its status
 */
public record Changes(
    String baseline,
    boolean newPlan,
    List<EntityChange> entities,
    List<TraceChange> trace,
    List<PillarChange> pillars,
    List<CellChange> cells,
    List<MoneyChange> money,
    List<RowsChange> results,
    List<KpiChange> kpis,
    String kpiNote,
    List<FindingStatus> findings) {

  /** How an entity changed. */
  public enum Kind {
    ADDED,
    RENAMED,
    CHANGED,
    REMOVED;

    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One entity's change.
   *
   * @param previousId the id in the baseline, for a rename
   * @param fields the field-level changes (for a changed entity, and for a rename that also changed)
   * @param details for an added entity what it is, for a removed one what it was: a campaign's period,
   *     budget, objectives and activities, and so on; empty for the other changes
   */
  public record EntityChange(
      String kind, String id, String title, Kind change, String previousId, List<FieldChange> fields, List<Detail> details) {
    public EntityChange {
      fields = List.copyOf(fields);
      details = List.copyOf(details);
    }

    /** {@code activity weekly-trail-video}. */
    public String subject() {
      return kind + " " + id;
    }
  }

  /**
   * One field's change.
   *
   * @param text the change in the user's terms: {@code budget +20% (EUR 10,000 → EUR 12,000)}, {@code now
   *     implements expert-content (was: brand-stories)}
   * @param money whether the field is an amount of money
   * @param target whether the field is a KPI target
   */
  public record FieldChange(String field, String label, String before, String after, String text, boolean money, boolean target) {}

  /**
   * One thing an added or removed entity is, in the user's terms and the site's number format.
   *
   * @param label {@code period}, {@code budget}, {@code KPI revenue}
   * @param value {@code 2026-09-01 to 2026-10-31}, {@code EUR 12,000}, {@code target EUR 1,400,000, due 2026-12-31};
   *     {@code none} when the entity has none
   * @param money whether it is an amount of money the plan has (or had) to spend
   * @param target whether it is a KPI target
   */
  public record Detail(String label, String value, boolean money, boolean target) {
    /** {@code budget: EUR 12,000}. */
    public String text() {
      return label + ": " + value;
    }
  }

  /** How the trace changed for an entity. */
  public enum TraceKind {
    BECAME_UNTRACED("now reaches no objective", true),
    ADDED_UNTRACED("is new and reaches no objective", true),
    BECAME_TRACED("now reaches an objective", false),
    LOST_COVERAGE("lost its last activity: nothing works toward it now", true),
    ADDED_UNCOVERED("is new and no activity works toward it", true),
    GAINED_COVERAGE("gained its first activity", false),
    STRATEGY_LOST_LAST_ACTIVITY("lost its last activity", true);

    private final String text;
    private final boolean worse;

    TraceKind(String text, boolean worse) {
      this.text = text;
      this.worse = worse;
    }

    public String text() {
      return text;
    }

    /** Whether the plan got worse by it. */
    public boolean worse() {
      return worse;
    }
  }

  /** A trace change of an activity, objective or strategy. */
  public record TraceChange(String kind, String id, String title, TraceKind change) {
    public String text() {
      return kind + " " + id + " " + change.text();
    }
  }

  /** A pillar's shares in percent before and after; null intended shares mean no allocation. */
  public record PillarChange(String id, String title, Double intendedBefore, Double intendedAfter, double plannedBefore, double plannedAfter) {
    public boolean changed() {
      return !java.util.Objects.equals(intendedBefore, intendedAfter) || Math.abs(plannedBefore - plannedAfter) >= 0.05;
    }
  }

  /** A goal and channel pair ({@code channel} {@code ""} for no channel) that became covered or uncovered. */
  public record CellChange(String goal, String channel, boolean covered) {}

  /**
   * Planned budget before and after, for the whole plan ({@code scope} {@code plan}) or a channel.
   *
   * @param text {@code channel tiktok: budget +20% (EUR 10,000 → EUR 12,000)}
   */
  public record MoneyChange(String scope, String id, double before, double after, String text) {}

  /** Result rows of a metric before and after. */
  public record RowsChange(String metric, int before, int after) {}

  /** A KPI's standing before and after; attainments are fractions, null when not scored. */
  public record KpiChange(String objective, String metric, Double attainmentBefore, Double attainmentAfter, String stateBefore, String stateAfter, String actualBefore, String actualAfter) {}

  /** Whether a finding is new, unchanged or resolved (found only in the baseline). */
  public enum Status {
    NEW,
    UNCHANGED,
    RESOLVED;

    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A finding with its status; for a resolved one, the finding as it was in the baseline. */
  public record FindingStatus(Snapshot.Finding finding, Status status) {}

  /** What the site calls a KPI state ({@code in-progress} → "In progress"). */
  public static String stateLabel(String state) {
    if (state == null) {
      return "unknown";
    }
    return switch (state) {
      case "met" -> "Target met";
      case "in-progress" -> "In progress";
      case "missed" -> "Missed";
      case "no-data" -> "No results";
      case "tracked" -> "Tracked (no target)";
      default -> state;
    };
  }

  /** The findings with a status, in order. */
  public List<Snapshot.Finding> findings(Status status) {
    return findings.stream().filter(f -> f.status() == status).map(FindingStatus::finding).toList();
  }

  /** The entity changes of one kind of change. */
  public List<EntityChange> entities(Kind kind) {
    return entities.stream().filter(e -> e.change() == kind).toList();
  }

  /**
   * The entity changes in a phrase: {@code 1 entity added}, {@code 3 entities added, 2 changed and 1 removed},
   * {@code no entity added, changed, renamed or removed}.
   */
  public String entitySummary() {
    List<String> parts = new java.util.ArrayList<>();
    for (Kind k : Kind.values()) {
      int n = entities(k).size();
      if (n > 0) {
        parts.add(parts.isEmpty() ? n + (n == 1 ? " entity " : " entities ") + k.keyword() : n + " " + k.keyword());
      }
    }
    if (parts.isEmpty()) {
      return "no entity added, changed, renamed or removed";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  /** A budget or KPI target that came or went with its entity: an added or removed campaign or objective. */
  public record CameOrWent(EntityChange entity, Detail detail) {
    /** {@code new campaign autumn-push: budget: EUR 12,000}. */
    public String text() {
      return (entity.change() == Kind.ADDED ? "new " : "removed ") + entity.subject() + ": " + detail.text();
    }
  }

  /**
   * The budgets of campaigns and the KPI targets of objectives that were added or removed, in entity order.
   * An added activity's budget is not listed here: the planned budget of the plan and its channels says it.
   */
  public List<CameOrWent> cameOrWent() {
    List<CameOrWent> out = new java.util.ArrayList<>();
    for (EntityChange e : entities) {
      if ((e.change() == Kind.ADDED || e.change() == Kind.REMOVED) && !e.kind().equals("activity")) {
        e.details().stream().filter(d -> d.money() || d.target()).forEach(d -> out.add(new CameOrWent(e, d)));
      }
    }
    return out;
  }

  /** Whether nothing changed that this comparison can see. */
  public boolean isEmpty() {
    return entities.isEmpty() && trace.isEmpty() && (pillars == null || pillars.stream().noneMatch(PillarChange::changed))
        && (cells == null || cells.isEmpty()) && money.isEmpty() && (results == null || results.isEmpty()) && kpis.isEmpty()
        && findings(Status.NEW).isEmpty() && findings(Status.RESOLVED).isEmpty();
  }
}
