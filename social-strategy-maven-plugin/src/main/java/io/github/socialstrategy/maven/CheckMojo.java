package io.github.socialstrategy.maven;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.compare.Comparison;
import io.github.socialstrategy.core.compare.Gate;
import io.github.socialstrategy.core.render.DirectorySiteOutput;
import io.github.socialstrategy.core.render.ci.CiInput;
import io.github.socialstrategy.core.render.ci.CiReport;
import io.github.socialstrategy.core.render.ci.CiReports;
import java.io.File;
import java.io.IOException;
import java.util.List;
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

  /**
   * Fails the build when the plan has errors: {@code true} or {@code false}. Default: {@code true}. Example:
   * {@code -DsocialStrategy.failOnError=false}.
   */
  @Parameter(property = "socialStrategy.failOnError", defaultValue = "true")
  protected boolean failOnError;

  /**
   * Fails the build when the plan has warnings: {@code true} or {@code false}. Default: {@code false}. Example:
   * {@code -DsocialStrategy.failOnWarning=true}.
   */
  @Parameter(property = "socialStrategy.failOnWarning", defaultValue = "false")
  protected boolean failOnWarning;

  /**
   * With a {@code baseline}, fails the build only on errors (and, with {@code failOnWarning}, warnings) that
   * are not in the baseline, so a team can adopt the checks on a plan that already has problems. Without a
   * baseline it says so and every finding counts. Default: {@code false}.
   */
  @Parameter(property = "socialStrategy.failOnNewOnly", defaultValue = "false")
  protected boolean failOnNewOnly;

  /**
   * Where the CI reports go ({@code social-strategy.sarif}, {@code TEST-social-strategy.xml}, {@code
   * diagnostics.json}, and with a baseline {@code changes.md} and {@code changes.json}). The directory is
   * replaced as a whole on every run, so it must be one of its own. Default:
   * <code>${project.build.directory}/social-strategy-check</code>.
   */
  @Parameter(property = "socialStrategy.checkOutputDirectory", defaultValue = "${project.build.directory}/social-strategy-check", required = true)
  protected File checkOutputDirectory;

  /**
   * The CI reports to write: any of {@code sarif}, {@code junit}, {@code json}, comma-separated on the command
   * line. Empty for none. Default: all three.
   */
  @Parameter(property = "socialStrategy.formats", defaultValue = "sarif,junit,json")
  protected List<String> formats;

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    long started = System.nanoTime();
    CheckResult result = check();
    log(result);
    logImports(result);
    String plan = result.plan().info() != null && result.plan().info().id() != null ? "'" + result.plan().info().id() + "'" : "in " + planDirectory;
    String summary =
        "Social strategy plan " + plan + ": " + result.summary() + " ("
            + count(result.plan().objectives().list().size(), "objective", "objectives") + ", "
            + count(result.plan().strategies().list().size(), "strategy", "strategies") + ", "
            + count(result.plan().activities().list().size(), "activity", "activities") + ", "
            + count(result.plan().results().size(), "result", "results") + ") in " + Elapsed.since(started);
    if (result.errors() > 0) {
      getLog().error(summary);
    } else if (result.warnings() > 0) {
      getLog().warn(summary);
    } else {
      getLog().info(summary);
    }
    Comparison comparison = compare(result);
    Gate gate = new Gate(failOnError, failOnWarning, failOnNewOnly);
    writeReports(review(result, comparison, gate));
    Gate.Verdict verdict = gate.judge(result, comparison);
    if (verdict.note() != null) {
      getLog().info(verdict.note());
    }
    if (verdict.fails()) {
      throw new MojoFailureException(verdict.failure());
    }
  }

  /** Writes the CI reports into {@code checkOutputDirectory}, replacing what a previous run left there. */
  private void writeReports(CiInput review) throws MojoExecutionException, MojoFailureException {
    List<CiReport> reports;
    try {
      reports = CiReports.named(formats == null ? List.of() : formats);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("Invalid formats: " + e.getMessage());
    }
    if (reports.isEmpty() && !review.hasBaseline()) {
      return;
    }
    try (DirectorySiteOutput out = DirectorySiteOutput.open(checkOutputDirectory.toPath(), List.of(baseDirectory.toPath(), planDirectory.toPath()))) {
      SocialStrategy.writeReviewFiles(review, reports, out);
      out.commit();
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("Invalid checkOutputDirectory: " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("Could not write the CI reports to " + checkOutputDirectory.getAbsolutePath() + ": " + e, e);
    }
    getLog().info("CI reports written to " + checkOutputDirectory.getAbsolutePath());
  }

  /** One INFO line per import, saying what was read, so a team sees that its exports' numbers came through. */
  private void logImports(CheckResult result) {
    for (ImportSummary summary : result.plan().importSummaries()) {
      getLog().info(summary.describe(result.plan().info().currency()));
    }
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
