package io.github.socialstrategy.maven;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.compare.Changes;
import io.github.socialstrategy.core.compare.Comparison;
import io.github.socialstrategy.core.compare.Gate;
import io.github.socialstrategy.core.compare.ReviewPaths;
import io.github.socialstrategy.core.render.ci.CiInput;
import io.github.socialstrategy.core.model.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the plan's parameters, {@code skip}, turning parameters into engine settings,
 * and logging findings. Subclasses implement {@link #executeGoal()}.
 */
public abstract class AbstractStrategyMojo extends AbstractMojo {

  /**
   * The plan directory: the YAML, CSV and {@code pages/*.md} files of the strategy. Default:
   * <code>${project.basedir}/src/strategy</code>. Example: {@code -DsocialStrategy.planDirectory=plans/2027}.
   */
  @Parameter(property = "socialStrategy.planDirectory", defaultValue = "${project.basedir}/src/strategy", required = true)
  protected File planDirectory;

  /** The project's base directory; paths in findings are shown relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  protected File baseDirectory;

  /** Skips the goal: {@code true} or {@code false}. Default: {@code false}. Example: {@code -DsocialStrategy.skip=true}. */
  @Parameter(property = "socialStrategy.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * The report date, written {@code YYYY-MM-DD}: KPIs are judged as of this date ({@code kpi-without-results},
   * KPI figures on the site) and the schedule marks it. Default: the plan's
   * {@code asOf}, else the latest result date, else the plan period's start (never the clock, so the same
   * plan gives the same outcome on every build). Example: {@code -DsocialStrategy.asOf=2026-06-30}.
   */
  @Parameter(property = "socialStrategy.asOf")
  protected String asOf;

  /**
   * Severities that replace rules' defaults, by rule name. Valid severities: {@code error}, {@code warning},
   * {@code info}, {@code off}. Valid rule names are listed in the plugin's README. Default: none. No user property: set it in the POM.
   *
   * <pre>{@code
   * <rules>
   *   <objective-without-kpi>off</objective-without-kpi>
   *   <outside-period>error</outside-period>
   * </rules>
   * }</pre>
   */
  @Parameter
  protected Map<String, String> rules;

  /**
   * How far, in percentage points, the planned effort of a pillar may differ from its intended share in
   * {@code plan.allocation} before {@code unbalanced-allocation} reports it. A number from 0 to 100.
   * Default: {@code 10}. Example: {@code -DsocialStrategy.allocationTolerance=15}.
   */
  @Parameter(property = "socialStrategy.allocationTolerance", defaultValue = "10")
  protected double allocationTolerance;

  /**
   * How far behind the attainment expected by the report date a KPI may be, in percentage points, before it
   * is <em>at risk</em>. A number from 0 up to {@code pacingOffTrack}. Default: {@code 10}. Example: {@code -DsocialStrategy.pacingAtRisk=5}.
   */
  @Parameter(property = "socialStrategy.pacingAtRisk", defaultValue = "10")
  protected double pacingAtRisk;

  /**
   * How far behind the attainment expected by the report date a KPI may be, in percentage points, before it
   * is <em>off track</em> (reported by {@code off-track-objective}). At least {@code pacingAtRisk}. Default:
   * {@code 25}. Example: {@code -DsocialStrategy.pacingOffTrack=40}.
   */
  @Parameter(property = "socialStrategy.pacingOffTrack", defaultValue = "25")
  protected double pacingOffTrack;

  /**
   * What to compare the plan with: a git revision of the repository that holds the project ({@code
   * origin/main}, {@code HEAD~1}, a tag, a commit id), read from the repository without a checkout, or the path
   * of the {@code plan.json} of an earlier site (absolute, or relative to the project's base directory). With a
   * baseline, {@code report} writes {@code changes.html}, {@code changes.md} and {@code changes.json}, and
   * {@code check} can fail on new findings only ({@code failOnNewOnly}). A baseline that cannot be read (no
   * repository, an unknown revision, a shallow clone without it, an unreadable file) is one warning, never a
   * failure. Default: none.
   */
  @Parameter(property = "socialStrategy.baseline")
  protected String baseline;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the social strategy plan (socialStrategy.skip is true)");
      return;
    }
    executeGoal();
  }

  /** The goal's own work, after {@code skip} is handled. */
  protected abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

  /** The engine settings these parameters stand for. */
  Settings settings() throws MojoFailureException {
    return PlanSettings.of(planDirectory, baseDirectory, asOf, rules, allocationTolerance, pacingAtRisk, pacingOffTrack);
  }

  /** Loads, links and validates the plan. */
  protected CheckResult check() throws MojoExecutionException, MojoFailureException {
    Settings settings = settings();
    if (getLog().isDebugEnabled()) {
      getLog().debug("Social strategy settings: " + settings);
    }
    try {
      return SocialStrategy.check(settings);
    } catch (NoSuchFileException e) {
      if (planDirectory.isDirectory()) {
        // The directory is there: a file inside it vanished while the plan was read.
        throw new MojoExecutionException("Could not read the plan in " + planDirectory.getAbsolutePath() + ": " + e, e);
      }
      throw new MojoFailureException(noPlanDirectory());
    } catch (IOException e) {
      throw new MojoExecutionException("Could not read the plan in " + planDirectory.getAbsolutePath() + ": " + e, e);
    }
  }

  private String noPlanDirectory() {
    String where = planDirectory.getAbsolutePath();
    String how = "point <planDirectory> (-DsocialStrategy.planDirectory) at the directory that holds the plan's YAML files.";
    if (planDirectory.exists()) {
      return "The plan directory " + where + " is not a directory; " + how;
    }
    return "There is no plan directory at " + where + ". Create it with your plan's YAML files, or " + how;
  }

  /** Compares the plan with the baseline, if one is set; says why not when it cannot be read. */
  protected Comparison compare(CheckResult result) throws MojoFailureException {
    Comparison comparison = SocialStrategy.compare(result, settings(), baseline);
    if (comparison.warning() != null) {
      getLog().warn(comparison.warning());
    } else if (comparison.hasChanges()) {
      Changes c = comparison.changes();
      int fresh = c.findings(Changes.Status.NEW).size();
      int resolved = c.findings(Changes.Status.RESOLVED).size();
      getLog().info("Compared with the baseline " + c.baseline() + ": " + c.entitySummary() + "; " + fresh
          + (fresh == 1 ? " new finding, " : " new findings, ") + resolved + " resolved");
      if (c.kpiNote() != null) {
        getLog().info("KPIs are not compared with the baseline: " + c.kpiNote());
      }
    }
    return comparison;
  }

  /** What the CI reports are written from. */
  protected CiInput review(CheckResult result, Comparison comparison, Gate gate) throws MojoFailureException {
    return new CiInput(result, comparison, settings().severities(), gate, ReviewPaths.of(baseDirectory.toPath(), planDirectory.toPath()));
  }

  /** Logs every finding at its level, as {@code path:line:column: severity: message [rule]}. */
  protected void log(CheckResult result) {
    for (Diagnostic d : result.diagnostics()) {
      switch (d.severity()) {
        case ERROR -> getLog().error(d.format());
        case WARNING -> getLog().warn(d.format());
        default -> getLog().info(d.format());
      }
    }
  }
}
