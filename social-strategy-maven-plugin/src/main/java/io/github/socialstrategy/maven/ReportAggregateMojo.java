package io.github.socialstrategy.maven;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.render.DirectorySiteOutput;
import io.github.socialstrategy.core.render.page.AggregateRenderer;
import io.github.socialstrategy.core.render.theme.Theme;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * One site over the plans of a multi-module build (one module per team, region or brand): an organisation page
 * with each plan's health, KPI attainment, spend and findings side by side and the objectives of all plans in one
 * list, and each plan's own site beneath it. Bind it in the parent POM (with {@code <inherited>false</inherited>})
 * or run {@code mvn social-strategy:report-aggregate} there. Every module below the project (itself included)
 * that has a plan directory is a plan; each is read and checked with the plan parameters configured for this
 * plugin in that module, and its findings keep paths relative to that module. The goal reads only the modules'
 * plan files, never their build output, so it gives the same site in a parallel build ({@code -T 4}).
 */
@Mojo(name = "report-aggregate", defaultPhase = LifecyclePhase.VERIFY, aggregator = true, threadSafe = true)
public class ReportAggregateMojo extends AbstractMojo {

  /**
   * Where the aggregate site is written: a directory of its own, as for {@code report}. Default:
   * <code>${project.build.directory}/social-strategy-aggregate</code>. Example:
   * {@code -DsocialStrategy.aggregateDirectory=target/plans}.
   */
  @Parameter(
      property = "socialStrategy.aggregateDirectory",
      defaultValue = "${project.build.directory}/social-strategy-aggregate",
      required = true)
  protected File outputDirectory;

  /**
   * The organisation page's title. Default: the project's name, else its artifact id. Example:
   * {@code <title>ACME social media plans 2027</title>}.
   */
  @Parameter(property = "socialStrategy.aggregateTitle", defaultValue = "${project.name}")
  protected String title;

  /**
   * A directory of templates and assets over the default theme, for the organisation page ({@code aggregate.ftlh})
   * and every plan's site, as for {@code report}. Default: none (the default theme). Example:
   * {@code -DsocialStrategy.themeDirectory=src/theme}.
   */
  @Parameter(property = "socialStrategy.themeDirectory")
  protected File themeDirectory;

  /** Skips the goal: {@code true} or {@code false}. Default: {@code false}. Example: {@code -DsocialStrategy.skip=true}. */
  @Parameter(property = "socialStrategy.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * Fails the build when any plan has errors, after the site is written: {@code true} or {@code false}. Default:
   * {@code false}. Example: {@code -DsocialStrategy.failOnError=true}.
   */
  @Parameter(property = "socialStrategy.failOnError", defaultValue = "false")
  protected boolean failOnError;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the social strategy aggregate (socialStrategy.skip is true)");
      return;
    }
    long started = System.nanoTime();
    List<MavenProject> modules = new ArrayList<>();
    modules.add(project);
    modules.addAll(project.getCollectedProjects());
    List<AggregateRenderer.Plan> plans = new ArrayList<>();
    List<Path> protect = new ArrayList<>();
    int errors = 0;
    int warnings = 0;
    for (MavenProject module : modules) {
      ModulePlan config = ModulePlan.of(module);
      if (!config.planDirectory().isDirectory()) {
        getLog().debug("No plan in " + module.getArtifactId() + ": " + config.planDirectory() + " is not a directory");
        continue;
      }
      protect.add(module.getBasedir().toPath());
      protect.add(config.planDirectory().toPath());
      CheckResult checked;
      try {
        checked = SocialStrategy.check(config.settings());
      } catch (IOException e) {
        throw new MojoExecutionException("Could not read the plan in " + config.planDirectory() + ": " + e, e);
      }
      getLog().debug("Plan of " + module.getArtifactId() + " (" + config.planDirectory() + "): " + checked.summary());
      errors += checked.errors();
      warnings += checked.warnings();
      plans.add(new AggregateRenderer.Plan(module.getArtifactId(), checked));
    }
    if (plans.isEmpty()) {
      getLog().warn("No module of " + project.getArtifactId() + " has a plan directory; no aggregate site was written");
      return;
    }
    Theme theme = SiteSetup.theme(themeDirectory);
    DirectorySiteOutput output = SiteSetup.output(outputDirectory, protect, "aggregate output directory");
    String pageTitle = title == null || title.isBlank() ? project.getArtifactId() : title;
    try (DirectorySiteOutput out = output) {
      new AggregateRenderer(theme).render(pageTitle, plans, out);
      out.commit();
    } catch (ThemeException e) {
      throw new MojoFailureException("The theme cannot render the aggregate site: " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("Could not write the aggregate site to " + outputDirectory.getAbsolutePath() + ": " + e, e);
    }
    String summary = "Social strategy aggregate of " + plans.size() + (plans.size() == 1 ? " plan" : " plans") + " written to "
        + new File(outputDirectory, "index.html").getAbsolutePath() + " (" + errors + (errors == 1 ? " error, " : " errors, ")
        + warnings + (warnings == 1 ? " warning" : " warnings") + ") in " + Elapsed.since(started);
    if (errors > 0) {
      getLog().warn(summary);
    } else {
      getLog().info(summary);
    }
    if (failOnError && errors > 0) {
      throw new MojoFailureException("The plans have " + errors + " errors; the aggregate site shows them");
    }
  }
}
