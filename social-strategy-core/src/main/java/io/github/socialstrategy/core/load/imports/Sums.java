package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Result;
import io.github.socialstrategy.core.model.ScopeKind;
import io.github.socialstrategy.core.model.SourceFile;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imported values summed per date, metric and scope: one result each, in date, metric, scope order. A
 * sum keeps the places of its first contributing row (the earliest line, then the leftmost column).
 */
final class Sums {

  private record Key(LocalDate date, String metric, ScopeKind scopeKind, String scopeId) {}

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::date)
          .thenComparing(Key::metric)
          .thenComparing(Key::scopeKind, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Key::scopeId, Comparator.nullsFirst(Comparator.naturalOrder()));

  private static final int VALUE = Result.Field.VALUE.ordinal() * 2;
  private static final int COST = Result.Field.COST.ordinal() * 2;

  private static final class Sum {
    double value;
    double cost = Double.NaN;
    int[] places;
  }

  private final TreeMap<Key, Sum> sums = new TreeMap<>(ORDER);

  /** Adds a value placed at one cell: the result's date, metric and value all point at it. */
  void add(LocalDate date, String metric, ScopeKind scopeKind, String scopeId, double value, int line, int column) {
    int[] places = new int[Result.Field.values().length * 2];
    for (Result.Field f : new Result.Field[] {Result.Field.DATE, Result.Field.METRIC, Result.Field.VALUE}) {
      places[f.ordinal() * 2] = line;
      places[f.ordinal() * 2 + 1] = column;
    }
    add(date, metric, scopeKind, scopeId, value, Double.NaN, places);
  }

  /**
   * Adds a value with the places of its row's cells.
   *
   * @param cost the row's cost, or NaN for none
   * @param places line and column per {@link Result.Field}, as {@link Result} keeps them
   */
  void add(LocalDate date, String metric, ScopeKind scopeKind, String scopeId, double value, double cost, int[] places) {
    Sum s = sums.computeIfAbsent(new Key(date, metric, scopeKind, scopeId), k -> new Sum());
    s.value += value;
    if (s.places == null || earlier(places, s.places)) {
      int[] costPlace = s.places == null ? null : new int[] {s.places[COST], s.places[COST + 1]};
      s.places = places.clone();
      if (costPlace != null && costPlace[0] != 0 && Double.isNaN(cost)) {
        s.places[COST] = costPlace[0];
        s.places[COST + 1] = costPlace[1];
      }
    }
    if (!Double.isNaN(cost)) {
      if (s.places[COST] == 0) {
        s.places[COST] = places[COST];
        s.places[COST + 1] = places[COST + 1];
      }
      s.cost = Double.isNaN(s.cost) ? cost : s.cost + cost;
    }
  }

  /** Adds every sum of another (for formats that pick a column's values from one of several tables). */
  void addAll(Sums other) {
    for (Map.Entry<Key, Sum> e : other.sums.entrySet()) {
      Key k = e.getKey();
      Sum s = e.getValue();
      add(k.date(), k.metric(), k.scopeKind(), k.scopeId(), s.value, s.cost, s.places);
    }
  }

  boolean isEmpty() {
    return sums.isEmpty();
  }

  /** One result per sum, in date, metric, scope order. */
  void emit(SourceFile file, List<Result> out) {
    for (Map.Entry<Key, Sum> e : sums.entrySet()) {
      Key k = e.getKey();
      Sum s = e.getValue();
      out.add(new Result(k.date(), k.metric(), s.value, k.scopeKind(), k.scopeId(), s.cost, file, s.places));
    }
  }

  private static boolean earlier(int[] a, int[] b) {
    return a[VALUE] < b[VALUE] || (a[VALUE] == b[VALUE] && a[VALUE + 1] < b[VALUE + 1]);
  }
}
