package io.github.socialstrategy.core.compare;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Severity;
import java.util.List;

/**
 * Decides whether a check fails the build: on errors (and warnings, when asked), or with {@code
 * failOnNewOnly} and a baseline, only on those that are not in the baseline, so a team can adopt the
 * checks on a plan that already has problems.
 *
 * @param failOnError fail on errors
 * @param failOnWarning fail on warnings too
 * @param failOnNewOnly with a baseline, count only findings that are new
 */
public record Gate(boolean failOnError, boolean failOnWarning, boolean failOnNewOnly) {

  /**
   * The verdict.
   *
   * @param failure the reason the build fails, or null when it passes
   * @param note a line to log about how the gate judged (new-only, or why it could not), or null
   */
  public record Verdict(String failure, String note) {
    public boolean fails() {
      return failure != null;
    }
  }

  /** Whether a finding counts against the gate: its severity fails the build, and it is new when only new ones count. */
  public boolean counts(Diagnostic d, Changes.Status status) {
    boolean severe = d.severity() == Severity.ERROR ? failOnError : d.severity() == Severity.WARNING && failOnWarning;
    return severe && (!failOnNewOnly || status != Changes.Status.UNCHANGED);
  }

  public Verdict judge(CheckResult result, Comparison comparison) {
    if (failOnNewOnly && comparison.hasChanges()) {
      List<Changes.Status> statuses = statuses(result, comparison);
      int newErrors = 0;
      int newWarnings = 0;
      for (int i = 0; i < result.diagnostics().size(); i++) {
        Diagnostic d = result.diagnostics().get(i);
        if (statuses.get(i) == Changes.Status.NEW) {
          newErrors += d.severity() == Severity.ERROR ? 1 : 0;
          newWarnings += d.severity() == Severity.WARNING ? 1 : 0;
        }
      }
      String counts = count(newErrors, "new error") + " and " + count(newWarnings, "new warning");
      String note = "Compared with the baseline " + comparison.changes().baseline() + ": " + counts + " (failOnNewOnly: findings "
          + "already in the baseline do not fail the build)";
      if (failOnError && newErrors > 0) {
        return new Verdict("The social strategy plan has " + counts + " compared with " + comparison.changes().baseline()
            + "; fix the new errors listed above (or set failOnError to false)", note);
      }
      if (failOnWarning && newWarnings > 0) {
        return new Verdict("The social strategy plan has " + counts + " compared with " + comparison.changes().baseline()
            + " and failOnWarning is set; fix the new warnings listed above", note);
      }
      return new Verdict(null, note);
    }
    String note = failOnNewOnly
        ? "failOnNewOnly is set but there is no baseline to compare with (set socialStrategy.baseline); every finding counts"
        : null;
    if (failOnError && result.errors() > 0) {
      return new Verdict("The social strategy plan has " + result.summary() + "; fix the errors listed above (or set failOnError to false)", note);
    }
    if (failOnWarning && result.warnings() > 0) {
      return new Verdict("The social strategy plan has " + result.summary() + " and failOnWarning is set; fix the warnings listed above", note);
    }
    return new Verdict(null, note);
  }

  /** The status of each of the result's findings, in order: all null-free; NEW without a comparison. */
  public static List<Changes.Status> statuses(CheckResult result, Comparison comparison) {
    if (!comparison.hasChanges()) {
      return java.util.Collections.nCopies(result.diagnostics().size(), Changes.Status.NEW);
    }
    // The changes list the current findings first, in the result's order.
    return comparison.changes().findings().subList(0, result.diagnostics().size()).stream().map(Changes.FindingStatus::status).toList();
  }

  private static String count(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
