package io.github.socialstrategy.core.analyze;

import java.util.Arrays;

/**
 * Values grouped by key and summed per day, from entries given as primitive arrays: what a pass over a
 * million result rows builds without a map per row. Two stable counting sorts (by day, then by key) put each
 * key's entries in day order; a day's sum adds its entries in the order they were given, as a running total
 * per day would, so the sums are the same to the last bit.
 */
final class DayTable {

  /** Each key's entries are at {@code [keyStart[k], keyStart[k + 1])} of {@link #days}, {@link #sums}, {@link #counts}. */
  final int[] keyStart;

  /** Epoch days, ascending within a key. */
  final int[] days;

  final double[] sums;

  /** How many entries each day had. */
  final int[] counts;

  /** The first and last epoch day of any entry (last before first when there are none). */
  final int firstDay;

  final int lastDay;

  /**
   * @param key each entry's key, from 0 to {@code keys - 1}
   * @param day each entry's epoch day
   * @param value each entry's value
   * @param n how many entries the arrays hold
   */
  DayTable(int[] key, int[] day, double[] value, int n, int keys) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, day[i]);
      max = Math.max(max, day[i]);
    }
    firstDay = n == 0 ? 0 : min;
    lastDay = n == 0 ? -1 : max;

    int[] byDay = new int[n];
    int[] count = new int[Math.max(0, lastDay - firstDay + 2)];
    for (int i = 0; i < n; i++) {
      count[day[i] - firstDay + 1]++;
    }
    for (int i = 1; i < count.length; i++) {
      count[i] += count[i - 1];
    }
    for (int i = 0; i < n; i++) {
      byDay[count[day[i] - firstDay]++] = i;
    }
    int[] order = new int[n];
    int[] keyCount = new int[keys + 1];
    for (int i = 0; i < n; i++) {
      keyCount[key[i] + 1]++;
    }
    for (int i = 1; i < keyCount.length; i++) {
      keyCount[i] += keyCount[i - 1];
    }
    for (int i : byDay) {
      order[keyCount[key[i]]++] = i;
    }

    keyStart = new int[keys + 1];
    int[] outDays = new int[n];
    double[] outSums = new double[n];
    int[] outCounts = new int[n];
    int out = 0;
    int at = 0;
    for (int k = 0; k < keys; k++) {
      keyStart[k] = out;
      while (at < n && key[order[at]] == k) {
        int d = day[order[at]];
        double s = 0;
        int c = 0;
        while (at < n && key[order[at]] == k && day[order[at]] == d) {
          s += value[order[at++]];
          c++;
        }
        outDays[out] = d;
        outSums[out] = s;
        outCounts[out++] = c;
      }
    }
    keyStart[keys] = out;
    days = Arrays.copyOf(outDays, out);
    sums = Arrays.copyOf(outSums, out);
    counts = Arrays.copyOf(outCounts, out);
  }

  /** One key's sums per day. */
  DaySums of(int key) {
    return key < 0 ? DaySums.EMPTY : new DaySums(days, sums, keyStart[key], keyStart[key + 1]);
  }
}
