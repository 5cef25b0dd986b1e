package io.github.socialstrategy.core.load.imports;

import io.github.socialstrategy.core.model.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Suggests the column a person meant when a mapped name is not in the export, by words first and spelling
 * second: platforms rename columns between versions ({@code link clicks} became {@code url clicks},
 * {@code retweets} became {@code reposts}), which no spelling distance finds. Words are compared in the
 * singular and through a small table of the platforms' synonyms.
 */
final class ColumnNames {

  private ColumnNames() {}

  private static final Map<String, String> SYNONYMS = new HashMap<>();

  static {
    synonyms("url", "link", "links", "urls");
    synonyms("like", "favorite", "favourite", "reaction", "heart");
    synonyms("repost", "retweet", "share", "reshare");
    synonyms("reply", "comment");
    synonyms("impression", "impr");
    synonyms("view", "play", "watch");
    synonyms("spend", "spent", "cost", "amount");
    synonyms("follower", "follow", "subscriber", "fan");
    synonyms("click", "tap");
    synonyms("engagement", "interaction");
    synonyms("reach", "viewer", "unique");
    synonyms("date", "day", "time");
    synonyms("save", "bookmark", "pin");
    synonyms("visit", "visitor", "session");
  }

  private static void synonyms(String canonical, String... others) {
    SYNONYMS.put(canonical, canonical);
    for (String o : others) {
      SYNONYMS.put(o, canonical);
    }
  }

  /**
   * The found column nearest to a wanted name: the one sharing the most words (or their synonyms) with it,
   * then the fewest other words, then the closest spelling; by spelling alone when no word is shared. Null
   * when nothing is near.
   */
  static String nearest(String wanted, List<String> found) {
    List<String> words = words(wanted);
    String best = null;
    int bestShared = 0;
    int bestExtra = Integer.MAX_VALUE;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : found) {
      List<String> theirs = words(candidate);
      int shared = 0;
      for (String w : words) {
        if (theirs.contains(w)) {
          shared++;
        }
      }
      if (shared == 0) {
        continue;
      }
      int extra = theirs.size() - shared;
      int distance = distance(Header.normalize(wanted), Header.normalize(candidate));
      if (shared > bestShared
          || (shared == bestShared && (extra < bestExtra || (extra == bestExtra && distance < bestDistance)))) {
        best = candidate;
        bestShared = shared;
        bestExtra = extra;
        bestDistance = distance;
      }
    }
    // A single shared word among several is too weak a match unless the rest of the names are alike.
    if (best != null && (bestShared * 2 >= words.size() || bestDistance <= Math.max(2, wanted.length() / 3))) {
      return best;
    }
    return Suggestions.nearest(wanted, found);
  }

  /** "did you mean 'x'?" for the nearest column, or null. */
  static String didYouMean(String wanted, List<String> found) {
    String n = nearest(wanted, found);
    return n == null ? null : "did you mean '" + n + "'?";
  }

  /** The Levenshtein distance of two names. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }

  /** The words of a name, in lower case and the singular, each replaced by its synonym group's word. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      String singular = w;
      if (w.length() > 4 && w.endsWith("ies")) {
        singular = w.substring(0, w.length() - 3) + "y";
      } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
        singular = w.substring(0, w.length() - 1);
      }
      words.add(SYNONYMS.getOrDefault(singular, SYNONYMS.getOrDefault(w, singular)));
    }
    return words;
  }
}
