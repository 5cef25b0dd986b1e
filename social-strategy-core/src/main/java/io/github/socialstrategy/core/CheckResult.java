package io.github.socialstrategy.core;

import io.github.socialstrategy.core.analyze.Figures;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Severity;
import java.util.List;

/**
 * The outcome of checking a plan: the resolved plan, its figures and every finding, in plan order.
 *
 * @param errors the number of errors, including any only summarised in {@code diagnostics}
 * @param warnings the number of warnings, likewise
 * @param infos the number of infos, likewise
 */
public record CheckResult(Plan plan, Figures figures, List<Diagnostic> diagnostics, int errors, int warnings, int infos) {

  public CheckResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  /** The findings of one severity. */
  public List<Diagnostic> withSeverity(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).toList();
  }

  /** "3 errors, 1 warning": the one-line summary. */
  public String summary() {
    return count(errors, "error") + ", " + count(warnings, "warning") + (infos > 0 ? ", " + count(infos, "info") : "");
  }

  private static String count(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
