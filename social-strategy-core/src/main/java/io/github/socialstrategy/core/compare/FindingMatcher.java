package io.github.socialstrategy.core.compare;

import io.github.socialstrategy.core.compare.Changes.FindingStatus;
import io.github.socialstrategy.core.compare.Changes.Status;
import io.github.socialstrategy.core.compare.Snapshot.Finding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Matches the findings of a plan with those of its baseline by rule, subject (the entity whose definition
 * holds the finding, else its file) and message key, never by line: moving text around, or a figure in a
 * message changing, does not make a finding new. A baseline finding is read with the comparison's renames
 * applied, to its entity and to the ids its message names, so a rename makes no finding new. What is left
 * of the baseline is resolved.
 */
final class FindingMatcher {

  private FindingMatcher() {}

  /** The findings of {@code now} (new or unchanged, in their order), then the resolved ones of {@code was}. */
  static List<FindingStatus> match(List<Finding> was, List<Finding> now) {
    return match(was, now, new Renames(Map.of()));
  }

  /**
   * As {@link #match(List, List)}, with the baseline's findings read after the renames.
   *
   * @param renames the renames the comparison found
   */
  static List<FindingStatus> match(List<Finding> was, List<Finding> now, Renames renames) {
    boolean[] matchedOld = new boolean[was.size()];
    boolean[] matchedNew = new boolean[now.size()];
    List<String> subjects = new ArrayList<>(was.size());
    List<String> keys = new ArrayList<>(was.size());
    for (Finding f : was) {
      subjects.add(f.entityKind() != null ? f.entityKind() + ":" + renames.id(f.entityKind(), f.entityId()) : f.subject());
      keys.add(renames.isEmpty() ? f.key() : Snapshot.messageKey(renames.text(f.fullMessage())));
    }
    // First the exact identity, then the same message in the same file: a baseline read from an older
    // plan.json may not know the entity of its findings. Each with the renames applied to the message, then
    // without them, for an id in a message that named another entity than the renamed one (a pillar with
    // the old id of a strategy, say).
    Function<Finding, String> bySubject = f -> f.rule() + "\0" + f.subject() + "\0" + f.key();
    Function<Finding, String> byFile = f -> f.rule() + "\0" + f.file() + "\0" + f.key();
    pass(was, now, matchedOld, matchedNew, i -> was.get(i).rule() + "\0" + subjects.get(i) + "\0" + keys.get(i), bySubject);
    if (!renames.isEmpty()) {
      pass(was, now, matchedOld, matchedNew, i -> was.get(i).rule() + "\0" + subjects.get(i) + "\0" + was.get(i).key(), bySubject);
    }
    pass(was, now, matchedOld, matchedNew, i -> was.get(i).rule() + "\0" + was.get(i).file() + "\0" + keys.get(i), byFile);
    if (!renames.isEmpty()) {
      pass(was, now, matchedOld, matchedNew, i -> byFile.apply(was.get(i)), byFile);
    }
    List<FindingStatus> out = new ArrayList<>();
    for (int i = 0; i < now.size(); i++) {
      out.add(new FindingStatus(now.get(i), matchedNew[i] ? Status.UNCHANGED : Status.NEW));
    }
    for (int i = 0; i < was.size(); i++) {
      if (!matchedOld[i]) {
        out.add(new FindingStatus(was.get(i), Status.RESOLVED));
      }
    }
    return out;
  }

  /** Matches what is still open on both sides whose identities are equal, in order. */
  private static void pass(
      List<Finding> was, List<Finding> now, boolean[] matchedOld, boolean[] matchedNew, java.util.function.IntFunction<String> oldId,
      Function<Finding, String> newId) {
    Map<String, Deque<Integer>> open = new HashMap<>();
    for (int i = 0; i < was.size(); i++) {
      if (!matchedOld[i]) {
        open.computeIfAbsent(oldId.apply(i), k -> new ArrayDeque<>()).add(i);
      }
    }
    for (int i = 0; i < now.size(); i++) {
      if (matchedNew[i]) {
        continue;
      }
      Deque<Integer> q = open.get(newId.apply(now.get(i)));
      if (q != null && !q.isEmpty()) {
        matchedOld[q.poll()] = true;
        matchedNew[i] = true;
      }
    }
  }
}
