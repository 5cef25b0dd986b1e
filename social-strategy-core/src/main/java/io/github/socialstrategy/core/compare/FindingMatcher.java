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

/**
 * Matches the findings of a plan with those of its baseline by rule, subject (the entity whose definition
 * holds the finding, else its file) and message key, never by line: moving text around, or a figure in a
 * message changing, does not make a finding new. What is left of the baseline is resolved.
 */
final class FindingMatcher {

  private FindingMatcher() {}

  /** The findings of {@code now} (new or unchanged, in their order), then the resolved ones of {@code was}. */
  static List<FindingStatus> match(List<Finding> was, List<Finding> now) {
    boolean[] matchedOld = new boolean[was.size()];
    boolean[] matchedNew = new boolean[now.size()];
    // First the exact identity, then the same message in the same file: a baseline read from an older
    // plan.json may not know the entity of its findings.
    pass(was, now, matchedOld, matchedNew, f -> f.rule() + "\0" + f.subject() + "\0" + f.key());
    pass(was, now, matchedOld, matchedNew, f -> f.rule() + "\0" + f.file() + "\0" + f.key());
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

  private static void pass(
      List<Finding> was, List<Finding> now, boolean[] matchedOld, boolean[] matchedNew, java.util.function.Function<Finding, String> id) {
    Map<String, Deque<Integer>> open = new HashMap<>();
    for (int i = 0; i < was.size(); i++) {
      if (!matchedOld[i]) {
        open.computeIfAbsent(id.apply(was.get(i)), k -> new ArrayDeque<>()).add(i);
      }
    }
    for (int i = 0; i < now.size(); i++) {
      if (matchedNew[i]) {
        continue;
      }
      Deque<Integer> q = open.get(id.apply(now.get(i)));
      if (q != null && !q.isEmpty()) {
        matchedOld[q.poll()] = true;
        matchedNew[i] = true;
      }
    }
  }
}
