package io.github.socialstrategy.core.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the findings of one run, applying the severities in force. Each step adds to it; {@link
 * #sorted()} gives them in plan order. A rule that fires on every row of a million-row file would drown
 * the log, so past {@value #MAX_PER_RULE_AND_FILE} findings of one rule in one file the rest are counted
 * and summarised in one more finding.
 */
public final class Diagnostics {

  /** Findings of one rule in one file kept in full; the rest are summarised. */
  public static final int MAX_PER_RULE_AND_FILE = 100;

  private final Map<Rule, Severity> severities;
  private final List<Diagnostic> list = new ArrayList<>();
  private final Map<String, int[]> perRuleAndFile = new HashMap<>();
  private final Map<String, Location> firstSuppressed = new HashMap<>();
  private final Map<Severity, Integer> totals = new EnumMap<>(Severity.class);

  /** @param overrides severities that replace a rule's default (rules not named keep theirs) */
  public Diagnostics(Map<Rule, Severity> overrides) {
    this.severities = new EnumMap<>(Rule.class);
    for (Rule r : Rule.values()) {
      severities.put(r, overrides.getOrDefault(r, r.defaultSeverity()));
    }
  }

  /** Reports a finding; ignored when its rule is off. */
  public void report(Rule rule, Location location, String message) {
    report(rule, location, message, null, List.of());
  }

  /** Reports a finding with a hint such as "did you mean 'x'?"; a null hint is none. */
  public void report(Rule rule, Location location, String message, String hint) {
    report(rule, location, message, hint, List.of());
  }

  /** Reports a finding that also involves other places. */
  public void report(Rule rule, Location location, String message, String hint, List<Location> related) {
    Severity severity = severities.get(rule);
    if (severity == Severity.OFF) {
      return;
    }
    totals.merge(severity, 1, Integer::sum);
    String key = rule.id() + '\0' + (location.file() == null ? "" : location.file().planPath());
    int[] count = perRuleAndFile.computeIfAbsent(key, k -> new int[1]);
    count[0]++;
    if (count[0] > MAX_PER_RULE_AND_FILE) {
      firstSuppressed.putIfAbsent(key, location);
      return;
    }
    list.add(new Diagnostic(rule, severity, location, message, hint, related));
  }

  /** How many findings of a severity were reported, including those only summarised. */
  public int total(Severity severity) {
    return totals.getOrDefault(severity, 0);
  }

  /**
   * Whether a finding of this rule at this place would be listed in full (not off, not past the cap for its
   * file): lets a caller skip costly work, such as searching for a hint, for findings only counted.
   */
  public boolean wouldList(Rule rule, Location location) {
    if (severities.get(rule) == Severity.OFF) {
      return false;
    }
    int[] count = perRuleAndFile.get(rule.id() + '\0' + (location.file() == null ? "" : location.file().planPath()));
    return count == null || count[0] < MAX_PER_RULE_AND_FILE;
  }

  /** The severity in force for a rule. */
  public Severity severity(Rule rule) {
    return severities.get(rule);
  }

  /** All findings in plan order, with one summary per rule and file whose findings were cut short. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> all = new ArrayList<>(list);
    firstSuppressed.forEach(
        (key, location) -> {
          Rule rule = Rule.byId(key.substring(0, key.indexOf('\0'))).orElseThrow();
          int more = perRuleAndFile.get(key)[0] - MAX_PER_RULE_AND_FILE;
          all.add(
              new Diagnostic(
                  rule,
                  severities.get(rule),
                  location,
                  more + " more " + (more == 1 ? "finding" : "findings") + " of this rule in this file, from here on, are not listed one by one",
                  null,
                  List.of()));
        });
    all.sort(Diagnostic.ORDER);
    return List.copyOf(all);
  }
}
