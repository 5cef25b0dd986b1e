package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.ScopeKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Results summed per day for each metric and scope (and for each metric over all scopes), built in one
 * pass, up to the report date. What movement and benefit figures read from.
 */
public final class ResultIndex {

  private final Map<String, TreeMap<LocalDate, Double>> daily = new HashMap<>();

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
    daily.computeIfAbsent(key, k -> new TreeMap<>()).merge(r.date(), r.value(), Double::sum);
  }

  private static String key(String metric, ScopeKind kind, String id) {
    return kind == null ? metric : metric + '\0' + kind.ordinal() + '\0' + id;
  }

  /** Daily totals of a metric over every scope (empty when none). */
  public NavigableMap<LocalDate, Double> all(String metric) {
    return daily.getOrDefault(key(metric, null, null), new TreeMap<>());
  }

  /** Daily totals of a metric for one scope (empty when none). */
  public NavigableMap<LocalDate, Double> scoped(String metric, ScopeKind kind, String id) {
    return daily.getOrDefault(key(metric, kind, id), new TreeMap<>());
  }
}
