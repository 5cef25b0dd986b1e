package io.github.socialstrategy.core.render.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The plan files read the plain way, without the engine: what the tests expect the site to show is
 * computed from here, so a page is checked against the plan and not against the engine's own figures.
 * Knows only as much of the format as the sample plan uses (no framework section). Of the platform exports
 * named in {@code imports}, only the {@code meta-ads} ones are read here (they carry spend, which the money
 * figures need); the rows of the others are counted from the engine ({@link #imports}).
 */
final class PlanFiles {

  final Map<String, Object> plan = new LinkedHashMap<>();
  final List<Map<String, Object>> objectives = new ArrayList<>();
  final List<Map<String, Object>> strategies = new ArrayList<>();
  final List<Map<String, Object>> activities = new ArrayList<>();
  final List<Map<String, Object>> campaigns = new ArrayList<>();
  final List<Map<String, Object>> channels = new ArrayList<>();
  final List<Map<String, Object>> metrics = new ArrayList<>();
  /** Every result row, from YAML and CSV: date, metric, value, and cost when written. */
  final List<Map<String, String>> results = new ArrayList<>();
  final List<Map<String, Object>> imports = new ArrayList<>();
  /** The exports read here (the meta-ads ones), by their path in the plan directory. */
  final java.util.Set<String> readExports = new java.util.HashSet<>();

  /** The built-in framework, as PLAN-FORMAT.md lists it. */
  static final Map<String, List<String>> FOUR_PILLARS = new LinkedHashMap<>();

  static {
    FOUR_PILLARS.put("marketing", List.of("awareness", "engagement", "reputation", "traffic", "thought-leadership"));
    FOUR_PILLARS.put("service", List.of("response-time", "resolution", "satisfaction", "deflection"));
    FOUR_PILLARS.put("sales", List.of("lead-generation", "conversion", "retention"));
    FOUR_PILLARS.put("intelligence", List.of("listening", "competitor-insight", "product-feedback"));
  }

  static PlanFiles read(Path dir) {
    PlanFiles p = new PlanFiles();
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> files = walk.filter(Files::isRegularFile)
          .sorted((a, b) -> rel(dir, a).compareTo(rel(dir, b)))
          .toList();
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
          p.yaml(f);
        }
      }
      java.util.Set<String> exports = new java.util.HashSet<>();
      p.imports.forEach(i -> exports.add(String.valueOf(i.get("file"))));
      for (Path f : files) {
        if (f.getFileName().toString().endsWith(".csv") && !exports.contains(rel(dir, f))) {
          p.csv(f);
        }
      }
      for (Map<String, Object> i : p.imports) {
        if ("meta-ads".equals(i.get("format"))) {
          p.metaAds(dir, i);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static String rel(Path dir, Path f) {
    return dir.relativize(f).toString().replace('\\', '/');
  }

  @SuppressWarnings("unchecked")
  private void yaml(Path f) throws IOException {
    Yaml yaml = new Yaml(
        new SafeConstructor(new LoaderOptions()), new Representer(new DumperOptions()), new DumperOptions(), new LoaderOptions(),
        new DatesAsText());
    for (Object doc : yaml.loadAll(Files.readString(f, StandardCharsets.UTF_8))) {
      if (!(doc instanceof Map)) {
        continue;
      }
      for (Map.Entry<String, Object> section : ((Map<String, Object>) doc).entrySet()) {
        Object v = section.getValue();
        switch (section.getKey()) {
          case "plan" -> plan.putAll((Map<String, Object>) v);
          case "objectives" -> objectives.addAll((List<Map<String, Object>>) v);
          case "strategies" -> strategies.addAll((List<Map<String, Object>>) v);
          case "activities" -> activities.addAll((List<Map<String, Object>>) v);
          case "campaigns" -> campaigns.addAll((List<Map<String, Object>>) v);
          case "channels" -> channels.addAll((List<Map<String, Object>>) v);
          case "metrics" -> metrics.addAll((List<Map<String, Object>>) v);
          case "imports" -> imports.addAll((List<Map<String, Object>>) v);
          case "results" -> {
            for (Map<String, Object> r : (List<Map<String, Object>>) v) {
              Map<String, String> row = new LinkedHashMap<>();
              r.forEach((k, x) -> row.put(k, String.valueOf(x)));
              results.add(row);
            }
          }
          default -> throw new IllegalStateException("PlanFiles does not know the section " + section.getKey() + " in " + f);
        }
      }
    }
  }

  private void csv(Path f) throws IOException {
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split(",", -1);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        if (!cells[i].isEmpty()) {
          row.put(header[i].trim(), cells[i].trim());
        }
      }
      results.add(row);
    }
  }

  /**
   * A Meta Ads export as the format reference describes it: each row dated at its {@code Reporting ends}, its
   * campaign mapped, its spend recorded once with its first mapped value (in the export's column order), and
   * rows summed per date, metric and campaign.
   */
  @SuppressWarnings("unchecked")
  private void metaAds(Path dir, Map<String, Object> spec) throws IOException {
    String file = String.valueOf(spec.get("file"));
    readExports.add(file);
    Map<String, String> metricOf = (Map<String, String>) spec.get("metrics");
    Map<String, String> campaignOf = (Map<String, String>) spec.getOrDefault("campaigns", Map.of());
    String cost = (String) spec.get("cost");
    List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
    List<String> header = cells(lines.get(0));
    List<String> mapped = header.stream().filter(metricOf::containsKey).toList();
    Map<List<String>, double[]> sums = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> row = cells(line);
      String date = row.get(header.indexOf("Reporting ends"));
      String campaign = campaignOf.get(row.get(header.indexOf("Campaign name")));
      double spend = cost == null ? 0 : number(row.get(header.indexOf(cost)));
      for (int k = 0; k < mapped.size(); k++) {
        double[] sum = sums.computeIfAbsent(List.of(date, metricOf.get(mapped.get(k)), campaign), x -> new double[3]);
        sum[0] += number(row.get(header.indexOf(mapped.get(k))));
        if (k == 0 && cost != null) {
          sum[1] += spend;
          sum[2] = 1;
        }
      }
    }
    sums.forEach((key, sum) -> {
      Map<String, String> r = new LinkedHashMap<>();
      r.put("date", key.get(0));
      r.put("metric", key.get(1));
      r.put("value", String.valueOf(sum[0]));
      r.put("campaign", key.get(2));
      if (sum[2] > 0) {
        r.put("cost", String.valueOf(sum[1]));
      }
      results.add(r);
    });
  }

  /** The cells of a CSV line whose quoted cells hold no quotes and no line breaks (as the sample's exports). */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static double number(String cell) {
    return Double.parseDouble(cell.replace(",", ""));
  }

  // Keeps YYYY-MM-DD as text (SafeConstructor would make java.util.Date of it, in some time zone).
  private static final class DatesAsText extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }

  // ---- look-ups

  static String id(Map<String, Object> entity) {
    return (String) entity.get("id");
  }

  static String title(Map<String, Object> entity) {
    return (String) entity.get("title");
  }

  @SuppressWarnings("unchecked")
  static List<String> list(Map<String, Object> entity, String key) {
    Object v = entity.get(key);
    return v == null ? List.of() : ((List<Object>) v).stream().map(String::valueOf).toList();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> entity, String key) {
    Object v = entity.get(key);
    return v == null ? Map.of() : (Map<String, Object>) v;
  }

  static Map<String, Object> byId(List<Map<String, Object>> list, String id) {
    return list.stream().filter(e -> id.equals(id(e))).findFirst().orElseThrow(() -> new AssertionError("no entity " + id));
  }

  List<String> ids(List<Map<String, Object>> list) {
    return list.stream().map(PlanFiles::id).toList();
  }

  /** The objectives an activity reaches through the strategies it implements, in first-seen order. */
  List<String> objectivesOf(Map<String, Object> activity) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String s : list(activity, "implements")) {
      out.addAll(list(byId(strategies, s), "serves"));
    }
    return List.copyOf(out);
  }

  /** The strategies that serve an objective, in plan order. */
  List<String> strategiesOf(String objectiveId) {
    return strategies.stream().filter(s -> list(s, "serves").contains(objectiveId)).map(PlanFiles::id).toList();
  }

  /** The activities that implement a strategy, in plan order. */
  List<String> activitiesOf(String strategyId) {
    return activities.stream().filter(a -> list(a, "implements").contains(strategyId)).map(PlanFiles::id).toList();
  }

  LocalDate periodStart() {
    return LocalDate.parse((String) map(plan, "period").get("start"));
  }

  LocalDate periodEnd() {
    return LocalDate.parse((String) map(plan, "period").get("end"));
  }

  /** hoursPerWeek times the weeks from the activity's start to its end (both days counted), as the format defines it. */
  double plannedHours(Map<String, Object> activity) {
    Object hpw = activity.get("hoursPerWeek");
    if (hpw == null) {
      return 0;
    }
    Map<String, Object> schedule = map(activity, "schedule");
    LocalDate start = schedule.containsKey("start") ? LocalDate.parse((String) schedule.get("start")) : periodStart();
    LocalDate end = schedule.containsKey("end") ? LocalDate.parse((String) schedule.get("end")) : periodEnd();
    double days = end.toEpochDay() - start.toEpochDay() + 1;
    return ((Number) hpw).doubleValue() * days / 7;
  }

  /** Planned hours per pillar: each activity's hours split equally over the objectives it reaches. */
  Map<String, Double> hoursByPillar() {
    Map<String, Double> out = new LinkedHashMap<>();
    FOUR_PILLARS.keySet().forEach(p -> out.put(p, 0.0));
    for (Map<String, Object> a : activities) {
      List<String> objs = objectivesOf(a);
      double hours = plannedHours(a);
      for (String o : objs) {
        out.merge((String) byId(objectives, o).get("pillar"), hours / objs.size(), Double::sum);
      }
    }
    return out;
  }

  /** Planned effort per pillar in percent of all planned hours. */
  Map<String, Double> percentByPillar() {
    Map<String, Double> hours = hoursByPillar();
    double total = hours.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> out = new LinkedHashMap<>();
    hours.forEach((p, h) -> out.put(p, 100 * h / total));
    return out;
  }

  /** The intended share of a pillar, from the plan's allocation. */
  double intended(String pillar) {
    return ((Number) map(plan, "allocation").get(pillar)).doubleValue();
  }

  /** Every KPI as {objective id, metric id}, in plan order. */
  List<String[]> kpis() {
    List<String[]> out = new ArrayList<>();
    for (Map<String, Object> o : objectives) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> ks = (List<Map<String, Object>>) o.getOrDefault("kpis", List.of());
      for (Map<String, Object> k : ks) {
        out.add(new String[] {id(o), (String) k.get("metric")});
      }
    }
    return out;
  }

  /** The sum of a metric's results up to a date. */
  double sum(String metric, LocalDate upTo) {
    return results.stream()
        .filter(r -> metric.equals(r.get("metric")) && !LocalDate.parse(r.get("date")).isAfter(upTo))
        .mapToDouble(r -> Double.parseDouble(r.get("value")))
        .sum();
  }

  /** The sum of every result's cost. */
  double totalCost() {
    return results.stream().filter(r -> r.containsKey("cost")).mapToDouble(r -> Double.parseDouble(r.get("cost"))).sum();
  }

  /** The sum of the activities' budgets. */
  double activityBudgets() {
    return activities.stream().filter(a -> a.containsKey("budget")).mapToDouble(a -> ((Number) a.get("budget")).doubleValue()).sum();
  }
}
