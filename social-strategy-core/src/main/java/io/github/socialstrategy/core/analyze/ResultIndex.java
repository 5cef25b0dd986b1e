package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.ScopeKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Results summed per day for each metric and scope (and for each metric over all scopes), up to the report
 * date. What movement and benefit figures read from.
 *
 * <p>Built for a million rows: every metric and every scope gets a number once, and each row becomes two
 * entries (its metric over all scopes, and its metric in its scope) of primitive arrays, summed per key and
 * day by a {@link DayTable}, without a map per row.
 */
public final class ResultIndex {

  private final Map<String, Integer> metrics = new HashMap<>();
  private final List<Map<String, Integer>> scopes = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
  // Key of each metric over all scopes, and of each metric in each scope (metric number, then scope number).
  private int[] allKey = new int[8];
  private int[][] scopedKey = new int[8][];
  private int keys;
  private final DayTable table;

  ResultIndex(Plan plan) {
    LocalDate asOf = plan.asOf();
    List<Result> results = plan.results();
    int[] key = new int[results.size() * 2];
    int[] day = new int[key.length];
    double[] value = new double[key.length];
    int n = 0;
    for (Result r : results) {
      if (asOf != null && r.date().isAfter(asOf)) {
        continue;
      }
      int d = (int) r.date().toEpochDay();
      int m = metric(r.metric());
      key[n] = allKey[m];
      day[n] = d;
      value[n++] = r.value();
      if (r.scopeKind() != null) {
        key[n] = scopedKey(m, r.scopeKind(), r.scopeId());
        day[n] = d;
        value[n++] = r.value();
      }
    }
    table = new DayTable(key, day, value, n, keys);
  }

  private int metric(String id) {
    Integer m = metrics.get(id);
    if (m == null) {
      m = metrics.size();
      metrics.put(id, m);
      if (m == allKey.length) {
        allKey = Arrays.copyOf(allKey, m * 2);
        scopedKey = Arrays.copyOf(scopedKey, m * 2);
      }
      allKey[m] = keys++;
      scopedKey[m] = new int[0];
    }
    return m;
  }

  private int scopedKey(int m, ScopeKind kind, String id) {
    Map<String, Integer> ofKind = scopes.get(kind.ordinal());
    Integer s = ofKind.get(id);
    if (s == null) {
      s = 3 * ofKind.size() + kind.ordinal(); // one numbering for the three kinds
      ofKind.put(id, s);
    }
    int[] row = scopedKey[m];
    if (s >= row.length) {
      int old = row.length;
      row = Arrays.copyOf(row, Math.max(s + 1, old * 2));
      Arrays.fill(row, old, row.length, -1);
      scopedKey[m] = row;
    }
    if (row[s] < 0) {
      row[s] = keys++;
    }
    return row[s];
  }

  private DaySums slice(int key) {
    return table.of(key);
  }

  /** Daily totals of a metric over every scope (empty when none). */
  DaySums allDays(String metric) {
    Integer m = metrics.get(metric);
    return m == null ? DaySums.EMPTY : slice(allKey[m]);
  }

  /** Daily totals of a metric for one scope (empty when none). */
  DaySums days(String metric, ScopeKind kind, String id) {
    return days(metricNumber(metric), scopeNumber(kind, id));
  }

  /** The number of a metric in this index, or -1 when no result measures it: for many look-ups of one metric. */
  int metricNumber(String metric) {
    Integer m = metrics.get(metric);
    return m == null ? -1 : m;
  }

  /** The number of a scope in this index, or -1 when no result is scoped to it: for many look-ups of one scope. */
  int scopeNumber(ScopeKind kind, String id) {
    Integer s = scopes.get(kind.ordinal()).get(id);
    return s == null ? -1 : s;
  }

  /** Daily totals of a metric for one scope, by their numbers (empty when either is -1 or they have none). */
  DaySums days(int metric, int scope) {
    if (metric < 0 || scope < 0 || scope >= scopedKey[metric].length) {
      return DaySums.EMPTY;
    }
    return slice(scopedKey[metric][scope]);
  }

  /** An adder for series of this index: it spans every day with results up to the report date. */
  DaySums.Adder adder() {
    return new DaySums.Adder(table.firstDay, table.lastDay);
  }

  /** Daily totals of a metric over every scope (empty when none). */
  public NavigableMap<LocalDate, Double> all(String metric) {
    return allDays(metric).toMap();
  }

  /** Daily totals of a metric for one scope (empty when none). */
  public NavigableMap<LocalDate, Double> scoped(String metric, ScopeKind kind, String id) {
    return days(metric, kind, id).toMap();
  }
}
