package io.github.socialstrategy.core.model;

import java.util.Collection;

/** Finds the nearest known word to a misspelt one, for "did you mean" hints. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate nearest to {@code word} by edit distance, or null when none is close enough to be a
   * plausible typo. Ties go to the candidate that sorts first, so hints are deterministic.
   */
  public static String nearest(String word, Collection<String> candidates) {
    if (word == null || word.isEmpty()) {
      return null;
    }
    // A third of the word, at least 2 edits, but never the whole word: "<<" is no typo of "id".
    int limit = Math.min(Math.max(2, word.length() / 3), word.length() - 1);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (Math.abs(c.length() - word.length()) > limit) {
        continue;
      }
      int d = distance(word, c, Math.min(limit, bestDistance));
      if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
        best = c;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? best : null;
  }

  /** "did you mean 'x'?" for the nearest candidate, or null. */
  public static String didYouMean(String word, Collection<String> candidates) {
    String n = nearest(word, candidates);
    return n == null ? null : "did you mean '" + n + "'?";
  }

  /**
   * Levenshtein distance ignoring letter case, giving up (returning {@code max + 1}) once it must exceed
   * {@code max}.
   */
  static int distance(String a, String b, int max) {
    String s = a.toLowerCase(java.util.Locale.ROOT);
    String t = b.toLowerCase(java.util.Locale.ROOT);
    int[] prev = new int[t.length() + 1];
    int[] cur = new int[t.length() + 1];
    for (int j = 0; j <= t.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= t.length(); j++) {
        int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[t.length()];
  }
}
