package io.github.socialstrategy.core.compare;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The renames a comparison found, per kind of entity (old id to new id), applied to what a baseline
 * finding says: the entity it is about, and the ids its message names. So a finding on a renamed strategy,
 * or one on an unchanged activity whose message names that strategy, is the same finding after the rename.
 */
final class Renames {

  /** An id of the plan format, standing alone: not part of a longer word, path or file name. */
  private static final Pattern ID = Pattern.compile("(?<![A-Za-z0-9_./\\\\-])[a-z0-9]+(?:-[a-z0-9]+)*(?![A-Za-z0-9_/\\\\-]|\\.[A-Za-z0-9])");

  /** The words that name a kind in messages ("strategy 'x'", "its strategies (x, y)", "KPI x"). */
  private static final Pattern KIND_WORD = Pattern.compile(
      "\\b(objectives?|strateg(?:y|ies)|activit(?:y|ies)|campaigns?|channels?|metrics?|KPIs?)\\b");

  private final Map<String, Map<String, String>> byKind;
  // old id to (kind to new id), for the ids some kind renamed
  private final Map<String, Map<String, String>> byOldId = new HashMap<>();

  Renames(Map<String, Map<String, String>> byKind) {
    this.byKind = byKind;
    byKind.forEach((kind, renames) -> renames.forEach(
        (old, now) -> byOldId.computeIfAbsent(old, k -> new LinkedHashMap<>()).put(kind, now)));
  }

  boolean isEmpty() {
    return byOldId.isEmpty();
  }

  /** The id an entity of the baseline has now. */
  String id(String kind, String id) {
    if (kind == null || id == null) {
      return id;
    }
    return byKind.getOrDefault(kind, Map.of()).getOrDefault(id, id);
  }

  /**
   * A baseline text with every renamed id replaced by its new id. An id that entities of several kinds
   * had, renamed differently in each, follows the kind the message names last before it; when none is
   * named, it is left as it is.
   */
  String text(String s) {
    if (s == null || byOldId.isEmpty()) {
      return s;
    }
    Matcher m = ID.matcher(s);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      Map<String, String> targets = byOldId.get(m.group());
      if (targets == null) {
        continue;
      }
      String now = targets.size() == 1 || targets.values().stream().distinct().count() == 1
          ? targets.values().iterator().next()
          : targets.get(kindBefore(s, m.start()));
      if (now == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length() + 16);
      }
      out.append(s, last, m.start()).append(now);
      last = m.end();
    }
    return out == null ? s : out.append(s, last, s.length()).toString();
  }

  /** The kind the text names last before a position, or null. */
  private static String kindBefore(String s, int end) {
    Matcher m = KIND_WORD.matcher(s).region(0, end);
    String word = null;
    while (m.find()) {
      word = m.group(1);
    }
    if (word == null) {
      return null;
    }
    if (word.startsWith("KPI") || word.startsWith("metric")) {
      return "metric";
    }
    if (word.startsWith("strateg")) {
      return "strategy";
    }
    if (word.startsWith("activit")) {
      return "activity";
    }
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }
}
