package io.github.socialstrategy.core.model;

import java.util.Comparator;
import java.util.List;

/**
 * One finding about a plan: which rule, how severe, where, what is wrong and what to do.
 *
 * @param rule the rule that found it
 * @param severity the severity in force (never {@link Severity#OFF})
 * @param location where it is
 * @param message what is wrong and what to do, in the user's terms
 * @param hint a suggestion such as "did you mean 'implements'?", or null
 * @param related other places involved (the first definition of a duplicate id, ...)
 */
public record Diagnostic(
    Rule rule, Severity severity, Location location, String message, String hint, List<Location> related)
    implements Comparable<Diagnostic> {

  /** Plan order: by file, line, column, then rule and message, so output never depends on check order. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::rule)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    related = List.copyOf(related);
  }

  /** The message with its hint, as one sentence for a log line. */
  public String fullMessage() {
    return hint == null ? message : message + "; " + hint;
  }

  /** {@code path:line:column: severity: message [rule]}. */
  public String format() {
    return location + ": " + severity.label() + ": " + fullMessage() + " [" + rule.id() + "]";
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return format();
  }
}
