package io.github.socialstrategy.maven;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.compare.Comparison;
import io.github.socialstrategy.core.compare.Gate;
import io.github.socialstrategy.core.render.DirectorySiteOutput;
import io.github.socialstrategy.core.render.SiteInputs;
import io.github.socialstrategy.core.render.theme.Theme;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders the social strategy plan as a static HTML site with charts: a dashboard, framework coverage,
 * traceability, schedule, results, diagnostics, a page per entity, the plan's own pages and
 * {@code plan.json}. The site works offline from {@code file://} and from any static host. The previous
 * site is replaced only once the new one is complete.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractStrategyMojo {

  /**
   * Where the site is written. It must be a directory of its own: not the project directory, not the plan
   * directory, not a parent of either, and not an existing directory holding files this plugin did not
   * write. Default: <code>${project.build.directory}/social-strategy</code>. Example:
   * {@code -DsocialStrategy.outputDirectory=target/plan-site}.
   */
  @Parameter(property = "socialStrategy.outputDirectory", defaultValue = "${project.build.directory}/social-strategy", required = true)
  protected File outputDirectory;

  /**
   * A directory of templates and assets that override the default theme file by file ({@code index.ftlh},
   * {@code lib/ui.ftlh}, {@code assets/site.css}, ...). Default: none (the default theme). Example:
   * {@code -DsocialStrategy.themeDirectory=src/theme}.
   */
  @Parameter(property = "socialStrategy.themeDirectory")
  protected File themeDirectory;

  /**
   * Fails the build when the plan has errors, after the site is written. Default: {@code false} (a plan with
   * errors still gets its site, with the problems shown on it). Valid values: {@code true}, {@code false}. Example:
   * {@code -DsocialStrategy.failOnError=true}.
   */
  @Parameter(property = "socialStrategy.failOnError", defaultValue = "false")
  protected boolean failOnError;

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    long started = System.nanoTime();
    CheckResult result = check();
    Comparison comparison = compare(result);
    String inputs = SiteFingerprint.of(this, themeDirectory, comparison, getLog());
    if (SiteInputs.upToDate(outputDirectory.toPath(), inputs)) {
      // Nothing the site is made from changed since it was written: keep it as it is, file for file.
      finish(result, "Social strategy site is up to date (its inputs did not change): ", started);
      return;
    }
    Theme theme = SiteSetup.theme(themeDirectory);
    DirectorySiteOutput output =
        SiteSetup.output(outputDirectory, List.of(baseDirectory.toPath(), planDirectory.toPath()), "outputDirectory");
    try (DirectorySiteOutput out = output) {
      // The site's CI reports judge findings as check does by default: errors fail.
      SocialStrategy.report(review(result, comparison, new Gate(true, false, false)), theme, out);
      SiteInputs.forget(outputDirectory.toPath());
      out.commit();
    } catch (ThemeException e) {
      throw new MojoFailureException("The theme cannot render the site: " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("Could not write the site to " + outputDirectory.getAbsolutePath() + ": " + e, e);
    }
    try {
      SiteInputs.remember(outputDirectory.toPath(), inputs);
    } catch (IOException e) {
      // Without the record the next run renders the site again: slower, never wrong.
      getLog().debug("Could not record the site's inputs: " + e);
    }
    finish(result, "Social strategy site written to ", started);
  }

  /** The goal's one line, and the build's failure when the plan has errors and {@code failOnError} is set. */
  private void finish(CheckResult result, String what, long started) throws MojoFailureException {
    String summary = what + outputDirectory.getAbsolutePath() + File.separator + "index.html (" + result.summary() + ") in "
        + Elapsed.since(started);
    if (result.errors() > 0) {
      getLog().warn(summary);
    } else {
      getLog().info(summary);
    }
    if (failOnError && result.errors() > 0) {
      throw new MojoFailureException(
          "The social strategy plan has " + result.summary() + "; the site shows them (run the check goal for the list)");
    }
  }
}
