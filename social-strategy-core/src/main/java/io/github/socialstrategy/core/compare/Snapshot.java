package io.github.socialstrategy.core.compare;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One side of a comparison: what a plan says and what the engine made of it, in a form two plans can be
 * compared in. Built from a checked plan ({@link Snapshots#of}) or read from an earlier site's {@code
 * plan.json} ({@link PlanJsonSnapshot}); a part the source does not hold is null, and is then not compared.
 *
 * @param planId the plan's id, or null
 * @param currency the plan's currency, or null
 * @param entities every entity in plan order, kinds in {@link #KINDS} order
 * @param traced activity id to whether it reaches an objective
 * @param objectiveActivities objective id to the activities that trace to it
 * @param strategyActivities strategy id to the activities implementing it
 * @param pillars the framework's pillars with their intended and planned shares
 * @param coveredCells the goal and channel pairs some activity works on ({@link #cell}), or null when unknown
 * @param channelBudgets channel id to its planned budget ({@code ""} for activities without a channel), or null
 * @param plannedBudget the planned budget of all activities, or null when unknown
 * @param resultRows metric id to its number of result rows, or null when unknown
 * @param results the number of result rows
 * @param kpis every KPI, in plan order
 * @param findings every finding, in plan order
 * @param kpiCaveat why the KPIs' attainment and state cannot be compared with another plan's (a {@code
 *     plan.json} written when attainment meant something else), or null
 */
public record Snapshot(
    String planId,
    String currency,
    List<Entity> entities,
    Map<String, Boolean> traced,
    Map<String, Set<String>> objectiveActivities,
    Map<String, Set<String>> strategyActivities,
    List<PillarShare> pillars,
    Set<String> coveredCells,
    Map<String, Double> channelBudgets,
    Double plannedBudget,
    Map<String, Integer> resultRows,
    long results,
    List<KpiFigure> kpis,
    List<Finding> findings,
    String kpiCaveat) {

  /** The kinds of entity compared, in the order changes are listed. */
  public static final List<String> KINDS = List.of("objective", "strategy", "activity", "campaign", "channel", "metric");

  /** The snapshot of a plan that did not exist yet: every entity of the other side is added. */
  public static final Snapshot EMPTY =
      new Snapshot(null, null, List.of(), Map.of(), Map.of(), Map.of(), List.of(), Set.of(), Map.of(), 0.0, Map.of(), 0, List.of(), List.of(), null);

  /** The key of a covered goal and channel pair; the channel is {@code ""} for work on no channel. */
  public static String cell(String goal, String channel) {
    return goal + "\t" + channel;
  }

  /**
   * An entity: its kind, id, title and fields in the user's terms, in a fixed order.
   *
   * @param fields field key ({@code budget}, {@code kpi:revenue:target}) to value
   */
  public record Entity(String kind, String id, String title, Map<String, Field> fields) {
    public Entity {
      fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public String key() {
      return kind + ":" + id;
    }
  }

  /** How a field's value is compared and written. */
  public enum Type {
    /** A short text, compared exactly. */
    TEXT,
    /** A long text (a description): only whether it changed is said. */
    LONG_TEXT,
    /** An amount of money; its change is also said in percent. */
    MONEY,
    /** Any other number, already written in its unit. */
    NUMBER,
    /** A list of ids, compared as a set. */
    IDS
  }

  /**
   * One field of an entity.
   *
   * @param label what the user calls it: {@code budget}, {@code target of KPI revenue}
   * @param verb for {@link Type#IDS}, the verb that reads "activity x now implements y": {@code implements}
   * @param number the value of a number, or null when none
   * @param text the value as the site writes it, or null when none
   * @param ids the ids of an {@link Type#IDS} field
   */
  public record Field(String label, Type type, String verb, Double number, String text, List<String> ids) {
    public Field {
      ids = ids == null ? List.of() : List.copyOf(ids);
    }

    public static Field text(String label, String text) {
      return new Field(label, Type.TEXT, null, null, text == null || text.isEmpty() ? null : text, null);
    }

    public static Field longText(String label, String text) {
      return new Field(label, Type.LONG_TEXT, null, null, text == null || text.isBlank() ? null : text.strip(), null);
    }

    public static Field money(String label, Double amount, String shown) {
      return new Field(label, Type.MONEY, null, amount, amount == null ? null : shown, null);
    }

    public static Field number(String label, Double value, String shown) {
      return new Field(label, Type.NUMBER, null, value, value == null ? null : shown, null);
    }

    public static Field ids(String label, String verb, List<String> ids) {
      return new Field(label, Type.IDS, verb, null, null, ids);
    }

    /** Whether two values are the same for a reader: sets of ids regardless of order, numbers to 1e-9. */
    public boolean sameAs(Field other) {
      return switch (type) {
        case IDS -> new TreeSet<>(ids).equals(new TreeSet<>(other.ids));
        case MONEY, NUMBER -> number == null || other.number == null
            ? number == null && other.number == null
            : Math.abs(number - other.number) <= 1e-9 * Math.max(1, Math.abs(number));
        default -> Objects.equals(text, other.text);
      };
    }
  }

  /** A pillar: its title, the intended share in {@code plan.allocation} (null when none) and the planned share. */
  public record PillarShare(String id, String title, Double intended, double planned) {}

  /**
   * A KPI's standing at the report date.
   *
   * @param attainment attainment as a fraction, or null when not scored
   * @param state {@code met}, {@code in-progress}, {@code missed}, {@code no-data} or {@code tracked}
   * @param actual the actual value as written on the site
   */
  public record KpiFigure(String objective, String metric, Double attainment, String state, String actual) {
    public String key() {
      return objective + "/" + metric;
    }
  }

  /**
   * A finding, with what identifies it across versions of the plan.
   *
   * @param file the file as shown to users, or null
   * @param entityKind the kind of the entity whose definition holds it, or null
   * @param key the message with its numbers blanked out: the same problem reads the same after lines move
   */
  public record Finding(
      String rule,
      String severity,
      String message,
      String hint,
      String file,
      int line,
      int column,
      String entityKind,
      String entityId,
      String key) {

    /** What the finding is about: its entity, else its file. */
    public String subject() {
      return entityKind != null ? entityKind + ":" + entityId : "file:" + (file == null ? "" : file);
    }

    /** The message with its hint. */
    public String fullMessage() {
      return hint == null ? message : message + "; " + hint;
    }
  }

  /** The message of a finding with every number replaced by {@code #}: "over its budget of EUR #". */
  public static String messageKey(String message) {
    return message == null ? "" : message.replaceAll("\\d[\\d,.]*", "#");
  }
}
