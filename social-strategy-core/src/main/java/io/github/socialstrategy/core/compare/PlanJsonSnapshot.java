package io.github.socialstrategy.core.compare;

import io.github.socialstrategy.core.compare.Snapshot.Entity;
import io.github.socialstrategy.core.compare.Snapshot.Finding;
import io.github.socialstrategy.core.compare.Snapshot.KpiFigure;
import io.github.socialstrategy.core.compare.Snapshot.PillarShare;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the {@link Snapshot} of a plan from the {@code plan.json} of an earlier site. Any version of the
 * file is read for what this version understands: unknown keys are skipped, and a part whose keys are
 * missing (result rows per metric, the entity of a finding, in files written before they existed) is
 * left unknown and not compared. Descriptions are not in {@code plan.json}, so they are never compared.
 */
public final class PlanJsonSnapshot {

  /** Raised for a file that is not JSON or not a plan.json; the message says what is wrong. */
  public static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message) {
      super(message);
    }
  }

  private PlanJsonSnapshot() {}

  /** Reads a plan.json, its findings' files as written. */
  public static Snapshot read(byte[] json) throws UnreadableException {
    return read(json, ReviewPaths.NONE);
  }

  /**
   * Reads a plan.json.
   *
   * @param paths how the files of findings are shown, to match those of the plan compared with it
   */
  public static Snapshot read(byte[] json, ReviewPaths paths) throws UnreadableException {
    Object root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(0);
      options.setNestingDepthLimit(50);
      options.setCodePointLimit(Integer.MAX_VALUE);
      // JSON is YAML: the plan.json writer escapes only what both read alike.
      root = new Yaml(new SafeConstructor(options)).load(new String(json, java.nio.charset.StandardCharsets.UTF_8));
    } catch (YAMLException e) {
      throw new UnreadableException("it is not valid JSON (" + firstLine(e.getMessage()) + ")");
    }
    if (!(root instanceof Map<?, ?> top) || !(top.get("formatVersion") instanceof Number) || !(top.get("plan") instanceof Map)) {
      throw new UnreadableException("it is not the plan.json of a site made by this plugin (no formatVersion and plan)");
    }
    return new PlanJsonSnapshot.Reader(top, paths).snapshot();
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.strip().split("\\R", 2)[0];
  }

  private static final class Reader {
    private final Map<?, ?> top;
    private final String currency;
    private final ReviewPaths paths;

    Reader(Map<?, ?> top, ReviewPaths paths) {
      this.top = top;
      this.paths = paths;
      this.currency = str(map(top.get("plan")).get("currency"));
    }

    Snapshot snapshot() {
      Map<?, ?> plan = map(top.get("plan"));
      Map<String, String> units = new HashMap<>();
      for (Map<?, ?> m : list(top.get("metrics"))) {
        units.put(str(m.get("id")), str(m.get("unit")));
      }
      List<Entity> entities = new ArrayList<>();
      List<KpiFigure> kpis = new ArrayList<>();
      for (Map<?, ?> o : list(top.get("objectives"))) {
        String id = str(o.get("id"));
        List<Fields.KpiDef> defs = new ArrayList<>();
        for (Map<?, ?> k : list(o.get("kpis"))) {
          String metric = str(k.get("metric"));
          defs.add(new Fields.KpiDef(metric, units.get(metric), num(k.get("baseline"), 0.0), num(k.get("target"), null), str(k.get("due"))));
          Double actual = num(k.get("actual"), null);
          kpis.add(new KpiFigure(
              id, metric, num(k.get("attainment"), null), str(k.get("state")),
              actual == null ? "–" : Fields.value(actual, units.get(metric), currency)));
        }
        entities.add(entity("objective", o, Fields.objective(
            currency, str(o.get("title")), str(o.get("pillar")), str(o.get("owner")), str(o.get("priority")), strings(o.get("tags")),
            defs, null)));
      }
      Map<String, Set<String>> strategyActivities = new LinkedHashMap<>();
      for (Map<?, ?> s : list(top.get("strategies"))) {
        strategyActivities.put(str(s.get("id")), new LinkedHashSet<>(strings(s.get("activities"))));
        entities.add(entity("strategy", s, Fields.strategy(
            currency, str(s.get("title")), strings(s.get("serves")), strings(s.get("goals")), strings(s.get("influences")),
            strings(s.get("tags")), null)));
      }
      Map<String, Boolean> traced = new LinkedHashMap<>();
      Map<String, Set<String>> objectiveActivities = new LinkedHashMap<>();
      list(top.get("objectives")).forEach(o -> objectiveActivities.put(str(o.get("id")), new LinkedHashSet<>()));
      Set<String> cells = new HashSet<>();
      double plannedBudget = 0;
      for (Map<?, ?> a : list(top.get("activities"))) {
        String id = str(a.get("id"));
        List<String> trace = strings(a.get("objectives"));
        traced.put(id, !trace.isEmpty());
        trace.forEach(o -> objectiveActivities.computeIfAbsent(o, k -> new LinkedHashSet<>()).add(id));
        List<String> channels = strings(a.get("channels"));
        for (String g : strings(a.get("goals"))) {
          if (channels.isEmpty()) {
            cells.add(Snapshot.cell(g, ""));
          }
          channels.forEach(c -> cells.add(Snapshot.cell(g, c)));
        }
        Double budget = num(a.get("budget"), null);
        plannedBudget += budget == null ? 0 : budget;
        entities.add(entity("activity", a, Fields.activity(
            currency, str(a.get("title")), strings(a.get("implements")), channels, strings(a.get("goals")), str(a.get("owner")),
            str(a.get("status")), str(a.get("start")), str(a.get("end")), str(a.get("cadence")), num(a.get("hoursPerWeek"), null),
            budget, strings(a.get("tags")), null)));
      }
      for (Map<?, ?> c : list(top.get("campaigns"))) {
        entities.add(entity("campaign", c, Fields.campaign(
            currency, str(c.get("title")), str(c.get("start")), str(c.get("end")), strings(c.get("intent")),
            strings(c.get("activities")), num(c.get("budget"), null), strings(c.get("tags")), null)));
      }
      Map<String, Double> channelBudgets = new LinkedHashMap<>();
      for (Map<?, ?> c : list(top.get("channels"))) {
        channelBudgets.put(str(c.get("id")), num(c.get("plannedBudget"), 0.0));
        entities.add(entity("channel", c, Fields.channel(currency, str(c.get("title")), str(c.get("type")), str(c.get("url")), null)));
      }
      // Written before result rows were counted per metric: unknown.
      Map<String, Integer> rows = top.get("metrics") instanceof List<?> ? new HashMap<>() : null;
      for (Map<?, ?> m : list(top.get("metrics"))) {
        if (!m.containsKey("resultRows")) {
          rows = null;
        } else if (rows != null) {
          rows.put(str(m.get("id")), num(m.get("resultRows"), 0.0).intValue());
        }
        entities.add(entity("metric", m, Fields.metric(
            currency, str(m.get("title")), str(m.get("unit")), str(m.get("aggregate")), str(m.get("better")),
            Boolean.TRUE.equals(m.get("financial")), str(m.get("level")), str(m.get("formula")), null)));
      }

      Map<?, ?> allocation = map(plan.get("allocation"));
      List<PillarShare> pillars = new ArrayList<>();
      for (Map<?, ?> p : list(map(top.get("framework")).get("pillars"))) {
        String id = str(p.get("id"));
        pillars.add(new PillarShare(
            id, p.get("title") == null ? id : str(p.get("title")), allocation.isEmpty() ? null : num(allocation.get(id), 0.0),
            num(p.get("plannedPercent"), 0.0)));
      }

      List<Finding> findings = new ArrayList<>();
      for (Map<?, ?> d : list(top.get("diagnostics"))) {
        String message = str(d.get("message"));
        findings.add(new Finding(
            str(d.get("rule")), str(d.get("severity")), message, null, paths.ofWritten(str(d.get("file"))), num(d.get("line"), 1.0).intValue(),
            num(d.get("column"), 1.0).intValue(), str(d.get("entityKind")), str(d.get("entityId")), Snapshot.messageKey(message)));
      }
      Map<?, ?> health = map(top.get("health"));
      return new Snapshot(
          str(plan.get("id")), currency, entities, traced, objectiveActivities, strategyActivities, pillars, cells, channelBudgets,
          Snapshots.round(plannedBudget), rows, num(health.get("results"), 0.0).longValue(), kpis, findings, kpiCaveat());
    }

    /**
     * Why this file's KPI attainment cannot be compared with today's, or null. Until KPIs had a {@code kind}
     * (files of format 1 written before it), a cumulative KPI's attainment was measured from its baseline;
     * now it counts from zero. Compared as it is, every cumulative KPI would seem to move.
     */
    private String kpiCaveat() {
      if (num(top.get("formatVersion"), 1.0) >= 2) {
        return null;
      }
      for (Map<?, ?> o : list(top.get("objectives"))) {
        for (Map<?, ?> k : list(o.get("kpis"))) {
          if (k.containsKey("kind")) {
            return null;
          }
          return "the baseline's plan.json was written by an earlier version of the plugin (formatVersion 1, without "
              + "KPI kinds), when a cumulative KPI's attainment was measured from its baseline; it now counts from zero, "
              + "so its attainment and status would seem to change when nothing did. Compare with a git revision, or with "
              + "a plan.json written by this version, to compare KPIs";
        }
      }
      return null;
    }

    /**
     * An entity with the fields this file knows. plan.json writes every key it knows, null or not, so a key
     * it lacks is one its version did not write (campaign tags, once): that field is unknown, not empty, and
     * is not compared. A KPI's fields are the objective's, named after the KPI's metric.
     */
    private static Entity entity(String kind, Map<?, ?> m, Map<String, Snapshot.Field> fields) {
      Map<String, Snapshot.Field> known = new LinkedHashMap<>(fields);
      known.remove("description");
      known.keySet().removeIf(k -> !k.startsWith("kpi:") && !m.containsKey(k));
      return new Entity(kind, str(m.get("id")), str(m.get("title")), known);
    }
  }

  private static Map<?, ?> map(Object o) {
    return o instanceof Map<?, ?> m ? m : Map.of();
  }

  private static List<Map<?, ?>> list(Object o) {
    List<Map<?, ?>> out = new ArrayList<>();
    if (o instanceof List<?> l) {
      for (Object e : l) {
        if (e instanceof Map<?, ?> m) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> l) {
      for (Object e : l) {
        if (e != null) {
          out.add(String.valueOf(e));
        }
      }
    }
    return out;
  }

  private static String str(Object o) {
    return o == null ? null : String.valueOf(o);
  }

  private static Double num(Object o, Double otherwise) {
    return o instanceof Number n ? n.doubleValue() : otherwise;
  }
}
