package io.github.socialstrategy.core.analyze;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Sums per day, days ascending: what {@link ResultIndex} keeps per metric and scope, and what roll-ups add up.
 * Days are epoch days and sums plain doubles, in arrays shared with the index (this is a slice of them), so a
 * roll-up over thousands of activities allocates no map entry and no boxed number. Immutable.
 */
final class DaySums {

  static final DaySums EMPTY = new DaySums(new int[0], new double[0], 0, 0);

  private final int[] days;
  private final double[] sums;
  private final int from;
  private final int to;

  /** The days and sums at {@code [from, to)} of the two arrays, which nobody changes afterwards. */
  DaySums(int[] days, double[] sums, int from, int to) {
    this.days = days;
    this.sums = sums;
    this.from = from;
    this.to = to;
  }

  int size() {
    return to - from;
  }

  boolean isEmpty() {
    return to == from;
  }

  /** The epoch day of entry {@code i} (0-based). */
  int day(int i) {
    return days[from + i];
  }

  /** The sum of entry {@code i} (0-based). */
  double sum(int i) {
    return sums[from + i];
  }

  int firstDay() {
    return days[from];
  }

  int lastDay() {
    return days[to - 1];
  }

  /** The entries from epoch day {@code first} to {@code last}, both included. */
  DaySums between(long first, long last) {
    int lo = indexFrom(first);
    int hi = last < first ? lo : Math.max(lo, indexFrom(last + 1));
    return lo == from && hi == to ? this : new DaySums(days, sums, lo, hi);
  }

  /** The array index of the first entry on or after an epoch day. */
  private int indexFrom(long day) {
    if (day <= Integer.MIN_VALUE) {
      return from;
    }
    if (day > Integer.MAX_VALUE) {
      return to;
    }
    int i = Arrays.binarySearch(days, from, to, (int) day);
    return i >= 0 ? i : -i - 1;
  }

  /** The sums in day order, as a stream adds them (compensated, as {@code DoubleStream.sum} does). */
  java.util.stream.DoubleStream stream() {
    return Arrays.stream(sums, from, to);
  }

  /** A sorted map of the same entries, for callers that work on maps. */
  TreeMap<LocalDate, Double> toMap() {
    TreeMap<LocalDate, Double> map = new TreeMap<>();
    for (int i = from; i < to; i++) {
      map.put(LocalDate.ofEpochDay(days[i]), sums[i]);
    }
    return map;
  }

  /**
   * Adds series up day by day, as merging them into a sorted map one after the other would: a day's first
   * value is kept as it is, later ones are added to it in the order they come. Reused from one roll-up to the
   * next: {@link #take()} hands out the sums so far and starts over.
   */
  static final class Adder {

    private final int firstDay;
    private final double[] total;
    private final int[] rows;
    private final int[] stamp;
    private int generation = 1;
    private int[] touched = new int[64];
    private int count;

    /** An adder for days from {@code firstDay} to {@code lastDay}, both included. */
    Adder(int firstDay, int lastDay) {
      this.firstDay = firstDay;
      int span = lastDay < firstDay ? 0 : lastDay - firstDay + 1;
      this.total = new double[span];
      this.rows = new int[span];
      this.stamp = new int[span];
    }

    /** Adds one value on an epoch day. */
    void add(int day, double value) {
      int i = day - firstDay;
      if (stamp[i] != generation) {
        stamp[i] = generation;
        total[i] = value;
        rows[i] = 1;
        if (count == touched.length) {
          touched = Arrays.copyOf(touched, count * 2);
        }
        touched[count++] = i;
      } else {
        total[i] += value;
        rows[i]++;
      }
    }

    /** Adds every entry of a series as it is. */
    void addAll(DaySums s) {
      for (int i = s.from; i < s.to; i++) {
        add(s.days[i], s.sums[i]);
      }
    }

    /** Adds every entry of a series times a factor. */
    void addAll(DaySums s, double factor) {
      for (int i = s.from; i < s.to; i++) {
        add(s.days[i], s.sums[i] * factor);
      }
    }

    boolean isEmpty() {
      return count == 0;
    }

    /** The sums added so far, days ascending; the adder starts over empty. */
    DaySums take() {
      return take(false);
    }

    /**
     * The sums added so far, days ascending, or with {@code mean} each day's sum divided by how many values it
     * had; the adder starts over empty.
     */
    DaySums take(boolean mean) {
      Arrays.sort(touched, 0, count);
      int[] days = new int[count];
      double[] sums = new double[count];
      for (int k = 0; k < count; k++) {
        days[k] = touched[k] + firstDay;
        sums[k] = mean ? total[touched[k]] / rows[touched[k]] : total[touched[k]];
      }
      int n = count;
      count = 0;
      generation++;
      return new DaySums(days, sums, 0, n);
    }
  }
}
