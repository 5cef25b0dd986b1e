package io.github.socialstrategy.maven;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.model.ImportSummary;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the social strategy plan: reads every file of the plan directory, links every reference and
 * reports every problem at its file, line and column, then fails the build on errors (and, when asked,
 * on warnings).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractStrategyMojo {

  /** Fails the build when the plan has errors. Default: {@code true}. */
  @Parameter(property = "socialStrategy.failOnError", defaultValue = "true")
  protected boolean failOnError;

  /** Fails the build when the plan has warnings. Default: {@code false}. */
  @Parameter(property = "socialStrategy.failOnWarning", defaultValue = "false")
  protected boolean failOnWarning;

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    CheckResult result = check();
    log(result);
    logImports(result);
    String plan = result.plan().info() != null && result.plan().info().id() != null ? "'" + result.plan().info().id() + "'" : "in " + planDirectory;
    String summary =
        "Social strategy plan " + plan + ": " + result.summary() + " ("
            + count(result.plan().objectives().list().size(), "objective", "objectives") + ", "
            + count(result.plan().strategies().list().size(), "strategy", "strategies") + ", "
            + count(result.plan().activities().list().size(), "activity", "activities") + ", "
            + count(result.plan().results().size(), "result", "results") + ")";
    if (result.errors() > 0) {
      getLog().error(summary);
    } else if (result.warnings() > 0) {
      getLog().warn(summary);
    } else {
      getLog().info(summary);
    }
    if (failOnError && result.errors() > 0) {
      throw new MojoFailureException(
          "The social strategy plan has " + result.summary() + "; fix the errors listed above (or set failOnError to false)");
    }
    if (failOnWarning && result.warnings() > 0) {
      throw new MojoFailureException(
          "The social strategy plan has " + result.summary() + " and failOnWarning is set; fix the warnings listed above");
    }
  }

  /** One INFO line per import, saying what was read, so a team sees that its exports' numbers came through. */
  private void logImports(CheckResult result) {
    for (ImportSummary summary : result.plan().importSummaries()) {
      getLog().info(summary.describe());
    }
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
