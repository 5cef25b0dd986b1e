package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.ScopeKind;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Results summed per day for each metric and scope (and for each metric over all scopes), built in one
 * pass, up to the report date. What movement and benefit figures read from. Days are summed in hash maps
 * while reading a million rows, and put in date order only for the series someone asks for.
 */
public final class ResultIndex {

  private static final NavigableMap<LocalDate, Double> NONE = Collections.unmodifiableNavigableMap(new TreeMap<>());

  private final Map<String, Map<LocalDate, double[]>> daily = new HashMap<>();
  private final Map<String, NavigableMap<LocalDate, Double>> sorted = new ConcurrentHashMap<>();

  ResultIndex(Plan plan) {
    LocalDate asOf = plan.asOf();
    for (Result r : plan.results()) {
      if (asOf != null && r.date().isAfter(asOf)) {
        continue;
      }
      add(key(r.metric(), null, null), r);
      if (r.scopeKind() != null) {
        add(key(r.metric(), r.scopeKind(), r.scopeId()), r);
      }
    }
  }

  private void add(String key, Result r) {
    daily.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(r.date(), d -> new double[1])[0] += r.value();
  }

  private static String key(String metric, ScopeKind kind, String id) {
    return kind == null ? metric : metric + '\0' + kind.ordinal() + '\0' + id;
  }

  private NavigableMap<LocalDate, Double> series(String key) {
    Map<LocalDate, double[]> days = daily.get(key);
    if (days == null) {
      return NONE;
    }
    return sorted.computeIfAbsent(key, k -> {
      TreeMap<LocalDate, Double> t = new TreeMap<>();
      days.forEach((d, v) -> t.put(d, v[0]));
      return Collections.unmodifiableNavigableMap(t);
    });
  }

  /** Daily totals of a metric over every scope (empty when none). */
  public NavigableMap<LocalDate, Double> all(String metric) {
    return series(key(metric, null, null));
  }

  /** Daily totals of a metric for one scope (empty when none). */
  public NavigableMap<LocalDate, Double> scoped(String metric, ScopeKind kind, String id) {
    return series(key(metric, kind, id));
  }
}
