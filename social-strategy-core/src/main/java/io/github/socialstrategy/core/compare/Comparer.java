package io.github.socialstrategy.core.compare;

import io.github.socialstrategy.core.compare.Changes.CellChange;
import io.github.socialstrategy.core.compare.Changes.EntityChange;
import io.github.socialstrategy.core.compare.Changes.FieldChange;
import io.github.socialstrategy.core.compare.Changes.KpiChange;
import io.github.socialstrategy.core.compare.Changes.MoneyChange;
import io.github.socialstrategy.core.compare.Changes.PillarChange;
import io.github.socialstrategy.core.compare.Changes.RowsChange;
import io.github.socialstrategy.core.compare.Changes.TraceChange;
import io.github.socialstrategy.core.compare.Changes.TraceKind;
import io.github.socialstrategy.core.compare.Snapshot.Entity;
import io.github.socialstrategy.core.compare.Snapshot.Field;
import io.github.socialstrategy.core.compare.Snapshot.KpiFigure;
import io.github.socialstrategy.core.compare.Snapshot.PillarShare;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two snapshots of a plan. Entities are matched by kind and id; an entity whose id changed but
 * that is otherwise equal (references to other renamed entities followed) is a rename. Linear in the size
 * of the two plans, apart from sorting.
 */
public final class Comparer {

  /** The kind of entity each list of ids refers to, so references follow renames. */
  private static final Map<String, String> REFERS_TO = Map.of(
      "implements", "strategy",
      "channels", "channel",
      "serves", "objective",
      "influences", "strategy",
      "intent", "objective",
      "activities", "activity",
      "kpis", "metric");

  // Kinds in the order renames are found: each kind's references point to kinds already settled.
  private static final List<String> RENAME_ORDER = List.of("metric", "channel", "objective", "strategy", "activity", "campaign");

  private final Snapshot before;
  private final Snapshot after;
  // kind to old id to new id
  private final Map<String, Map<String, String>> renamed = new HashMap<>();

  private Comparer(Snapshot before, Snapshot after) {
    this.before = before;
    this.after = after;
  }

  /**
   * Compares a plan with its baseline.
   *
   * @param baseline what the baseline is, for people
   * @param newPlan whether the baseline had no plan (then {@code before} is {@link Snapshot#EMPTY})
   */
  public static Changes compare(String baseline, Snapshot before, Snapshot after, boolean newPlan) {
    return new Comparer(before, after).compare(baseline, newPlan);
  }

  private Changes compare(String baseline, boolean newPlan) {
    List<EntityChange> entities = entities();
    return new Changes(
        baseline,
        newPlan,
        entities,
        trace(),
        pillars(),
        cells(),
        money(),
        rows(),
        kpis(),
        before.results() == 0 ? null : before.kpiCaveat(),
        FindingMatcher.match(before.findings(), after.findings(), new Renames(renamed)));
  }

  // ---- entities

  private List<EntityChange> entities() {
    Map<String, Map<String, Entity>> was = byKind(before.entities());
    Map<String, Map<String, Entity>> now = byKind(after.entities());
    Map<String, List<EntityChange>> perKind = new HashMap<>();
    for (String kind : RENAME_ORDER) {
      Map<String, Entity> old = was.getOrDefault(kind, Map.of());
      Map<String, Entity> cur = now.getOrDefault(kind, Map.of());
      Map<String, String> renames = renamed.computeIfAbsent(kind, k -> new HashMap<>());
      // Renames: a removed entity whose fields equal those of exactly one added one.
      Map<String, List<String>> addedByPrint = new HashMap<>();
      for (Entity e : cur.values()) {
        if (!old.containsKey(e.id())) {
          addedByPrint.computeIfAbsent(print(e.fields()), k -> new ArrayList<>()).add(e.id());
        }
      }
      for (Entity e : old.values()) {
        if (!cur.containsKey(e.id())) {
          List<String> same = addedByPrint.get(print(translate(e.fields())));
          if (same != null && !same.isEmpty()) {
            renames.put(e.id(), same.remove(0));
          }
        }
      }
      Map<String, String> renamedFrom = new HashMap<>();
      renames.forEach((o, n) -> renamedFrom.put(n, o));
      List<EntityChange> added = new ArrayList<>();
      List<EntityChange> renamedList = new ArrayList<>();
      List<EntityChange> changed = new ArrayList<>();
      List<EntityChange> removed = new ArrayList<>();
      for (Entity e : cur.values()) {
        String oldId = old.containsKey(e.id()) ? e.id() : renamedFrom.get(e.id());
        if (oldId == null) {
          added.add(new EntityChange(kind, e.id(), e.title(), Changes.Kind.ADDED, null, List.of(), Details.of(e)));
          continue;
        }
        List<FieldChange> fields = fields(translate(old.get(oldId).fields()), e.fields());
        if (!oldId.equals(e.id())) {
          renamedList.add(new EntityChange(kind, e.id(), e.title(), Changes.Kind.RENAMED, oldId, fields, List.of()));
        } else if (!fields.isEmpty()) {
          changed.add(new EntityChange(kind, e.id(), e.title(), Changes.Kind.CHANGED, null, fields, List.of()));
        }
      }
      for (Entity e : old.values()) {
        if (!cur.containsKey(e.id()) && !renames.containsKey(e.id())) {
          removed.add(new EntityChange(kind, e.id(), e.title(), Changes.Kind.REMOVED, null, List.of(), Details.of(e)));
        }
      }
      List<EntityChange> all = new ArrayList<>(added);
      all.addAll(renamedList);
      all.addAll(changed);
      all.addAll(removed);
      perKind.put(kind, all);
    }
    List<EntityChange> out = new ArrayList<>();
    Snapshot.KINDS.forEach(k -> out.addAll(perKind.getOrDefault(k, List.of())));
    return out;
  }

  private static Map<String, Map<String, Entity>> byKind(List<Entity> entities) {
    Map<String, Map<String, Entity>> out = new HashMap<>();
    for (Entity e : entities) {
      out.computeIfAbsent(e.kind(), k -> new LinkedHashMap<>()).putIfAbsent(e.id(), e);
    }
    return out;
  }

  /** A baseline entity's fields with references (and KPI keys) following the renames found so far. */
  private Map<String, Field> translate(Map<String, Field> fields) {
    Map<String, String> metrics = renamed.getOrDefault("metric", Map.of());
    Map<String, Field> out = new LinkedHashMap<>();
    for (var e : fields.entrySet()) {
      String key = e.getKey();
      Field f = e.getValue();
      String refers = REFERS_TO.get(key);
      if (f.type() == Snapshot.Type.IDS && refers != null) {
        Map<String, String> map = renamed.getOrDefault(refers, Map.of());
        f = Field.ids(f.label(), f.verb(), f.ids().stream().map(id -> map.getOrDefault(id, id)).toList());
      }
      if (key.startsWith("kpi:")) {
        String[] parts = key.split(":", 3);
        String metric = metrics.get(parts[1]);
        if (metric != null) {
          key = "kpi:" + metric + ":" + parts[2];
          f = new Field(f.label().replace("KPI " + parts[1], "KPI " + metric), f.type(), f.verb(), f.number(), f.text(), f.ids());
        }
      }
      out.put(key, f);
    }
    return out;
  }

  /** The fields as one comparable text: equal prints mean equal entities (apart from the id). */
  private static String print(Map<String, Field> fields) {
    StringBuilder sb = new StringBuilder();
    new TreeSet<>(fields.keySet()).forEach(k -> {
      Field f = fields.get(k);
      sb.append(k).append('=');
      switch (f.type()) {
        case IDS -> sb.append(new TreeSet<>(f.ids()));
        case MONEY, NUMBER -> sb.append(f.number() == null ? "-" : Double.toString(Math.round(f.number() * 1e6) / 1e6));
        default -> sb.append(f.text());
      }
      sb.append('\n');
    });
    return sb.toString();
  }

  private static List<FieldChange> fields(Map<String, Field> was, Map<String, Field> now) {
    List<FieldChange> out = new ArrayList<>();
    for (var e : now.entrySet()) {
      Field old = was.get(e.getKey());
      Field cur = e.getValue();
      if (old == null) {
        // A field the baseline does not know (a plan.json has no descriptions), or a KPI added (said by "kpis").
        continue;
      }
      if (!old.sameAs(cur)) {
        out.add(FieldTexts.change(e.getKey(), old, cur));
      }
    }
    return out;
  }

  // ---- trace

  private List<TraceChange> trace() {
    Map<String, String> titles = new HashMap<>();
    after.entities().forEach(e -> titles.put(e.key(), e.title()));
    Map<String, String> activityFrom = reverse("activity");
    Map<String, String> objectiveFrom = reverse("objective");
    Map<String, String> strategyFrom = reverse("strategy");
    List<TraceChange> out = new ArrayList<>();
    for (var e : after.traced().entrySet()) {
      String id = e.getKey();
      Boolean was = before.traced().get(activityFrom.getOrDefault(id, id));
      boolean now = e.getValue();
      TraceKind k = was == null ? (now ? null : TraceKind.ADDED_UNTRACED)
          : was && !now ? TraceKind.BECAME_UNTRACED : !was && now ? TraceKind.BECAME_TRACED : null;
      if (k != null) {
        out.add(new TraceChange("activity", id, titles.get("activity:" + id), k));
      }
    }
    for (var e : after.objectiveActivities().entrySet()) {
      String id = e.getKey();
      Set<String> was = before.objectiveActivities().get(objectiveFrom.getOrDefault(id, id));
      boolean now = !e.getValue().isEmpty();
      TraceKind k = was == null ? (now ? null : TraceKind.ADDED_UNCOVERED)
          : !was.isEmpty() && !now ? TraceKind.LOST_COVERAGE : was.isEmpty() && now ? TraceKind.GAINED_COVERAGE : null;
      if (k != null) {
        out.add(new TraceChange("objective", id, titles.get("objective:" + id), k));
      }
    }
    for (var e : after.strategyActivities().entrySet()) {
      String id = e.getKey();
      Set<String> was = before.strategyActivities().get(strategyFrom.getOrDefault(id, id));
      if (was != null && !was.isEmpty() && e.getValue().isEmpty()) {
        out.add(new TraceChange("strategy", id, titles.get("strategy:" + id), TraceKind.STRATEGY_LOST_LAST_ACTIVITY));
      }
    }
    return out;
  }

  private Map<String, String> reverse(String kind) {
    Map<String, String> out = new HashMap<>();
    renamed.getOrDefault(kind, Map.of()).forEach((o, n) -> out.put(n, o));
    return out;
  }

  // ---- balance, coverage, money

  private List<PillarChange> pillars() {
    if (before.pillars() == null || after.pillars() == null) {
      return null;
    }
    Map<String, PillarShare> was = new LinkedHashMap<>();
    before.pillars().forEach(p -> was.put(p.id(), p));
    List<PillarChange> out = new ArrayList<>();
    for (PillarShare p : after.pillars()) {
      PillarShare w = was.remove(p.id());
      out.add(new PillarChange(p.id(), p.title(), w == null ? null : w.intended(), p.intended(), w == null ? 0 : w.planned(), p.planned()));
    }
    was.values().forEach(w -> out.add(new PillarChange(w.id(), w.title(), w.intended(), null, w.planned(), 0)));
    return out;
  }

  private List<CellChange> cells() {
    if (before.coveredCells() == null || after.coveredCells() == null) {
      return null;
    }
    Map<String, String> channels = renamed.getOrDefault("channel", Map.of());
    Set<String> was = new TreeSet<>();
    for (String c : before.coveredCells()) {
      String[] gc = c.split("\t", 2);
      was.add(Snapshot.cell(gc[0], channels.getOrDefault(gc[1], gc[1])));
    }
    Set<String> now = new TreeSet<>(after.coveredCells());
    List<CellChange> out = new ArrayList<>();
    Set<String> all = new TreeSet<>(was);
    all.addAll(now);
    for (String c : all) {
      if (was.contains(c) != now.contains(c)) {
        String[] gc = c.split("\t", 2);
        out.add(new CellChange(gc[0], gc[1], now.contains(c)));
      }
    }
    return out;
  }

  private List<MoneyChange> money() {
    List<MoneyChange> out = new ArrayList<>();
    String cur = after.currency() != null ? after.currency() : before.currency();
    double was = before.plannedBudget() == null ? 0 : before.plannedBudget();
    double now = after.plannedBudget() == null ? 0 : after.plannedBudget();
    if (before.plannedBudget() != null && after.plannedBudget() != null && Math.abs(was - now) >= 0.5) {
      out.add(new MoneyChange("plan", "", was, now, "planned budget of the plan " + FieldTexts.moneyDelta(was, now, cur)));
    }
    if (before.channelBudgets() == null || after.channelBudgets() == null) {
      return out;
    }
    Map<String, String> renames = renamed.getOrDefault("channel", Map.of());
    Map<String, Double> old = new LinkedHashMap<>();
    before.channelBudgets().forEach((k, v) -> old.put(renames.getOrDefault(k, k), v));
    Set<String> ids = new LinkedHashSet<>(after.channelBudgets().keySet());
    ids.addAll(old.keySet());
    // channels by their titles, as the site names them (the id of a channel that went)
    Map<String, String> titles = new HashMap<>();
    before.entities().forEach(e -> titles.put(e.key(), e.title()));
    after.entities().forEach(e -> titles.put(e.key(), e.title()));
    for (String id : ids) {
      double b = old.getOrDefault(id, 0.0);
      double a = after.channelBudgets().getOrDefault(id, 0.0);
      if (Math.abs(a - b) >= 0.5) {
        String title = titles.get("channel:" + id);
        String name = title == null || title.isBlank() ? id : title;
        out.add(new MoneyChange("channel", id, b, a, "planned budget on channel " + name + " " + FieldTexts.moneyDelta(b, a, cur)));
      }
    }
    return out;
  }

  // ---- results and KPIs

  private List<RowsChange> rows() {
    if (before.resultRows() == null || after.resultRows() == null) {
      return null;
    }
    Map<String, String> renames = renamed.getOrDefault("metric", Map.of());
    Map<String, Integer> old = new HashMap<>();
    before.resultRows().forEach((k, v) -> old.merge(renames.getOrDefault(k, k), v, Integer::sum));
    Set<String> ids = new TreeSet<>(after.resultRows().keySet());
    ids.addAll(old.keySet());
    List<RowsChange> out = new ArrayList<>();
    for (String id : ids) {
      int b = old.getOrDefault(id, 0);
      int a = after.resultRows().getOrDefault(id, 0);
      if (a != b) {
        out.add(new RowsChange(id, b, a));
      }
    }
    return out;
  }

  private List<KpiChange> kpis() {
    if (before.results() == 0 || before.kpiCaveat() != null) {
      // A baseline without results has no standing to compare with; one whose attainment meant something
      // else would report changes that are not there (the caveat says so instead).
      return List.of();
    }
    Map<String, String> objectives = renamed.getOrDefault("objective", Map.of());
    Map<String, String> metrics = renamed.getOrDefault("metric", Map.of());
    Map<String, KpiFigure> old = new HashMap<>();
    for (KpiFigure k : before.kpis()) {
      old.putIfAbsent(objectives.getOrDefault(k.objective(), k.objective()) + "/" + metrics.getOrDefault(k.metric(), k.metric()), k);
    }
    List<KpiChange> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (KpiFigure k : after.kpis()) {
      KpiFigure w = old.get(k.key());
      if (w == null || !seen.add(k.key())) {
        continue;
      }
      boolean attainment = w.attainment() == null ? k.attainment() != null
          : k.attainment() == null || Math.abs(w.attainment() - k.attainment()) >= 0.0005;
      if (attainment || !Objects.equals(w.state(), k.state())) {
        out.add(new KpiChange(k.objective(), k.metric(), w.attainment(), k.attainment(), w.state(), k.state(), w.actual(), k.actual()));
      }
    }
    return out;
  }
}
