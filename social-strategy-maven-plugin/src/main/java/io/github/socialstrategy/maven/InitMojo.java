package io.github.socialstrategy.maven;

import io.github.socialstrategy.core.init.StarterPlan;
import io.github.socialstrategy.core.init.StarterSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a new plan: writes a commented starter plan into {@code src/strategy/} of the current directory (every
 * section, the four pillars, a KPI per objective, results in CSV, an import, a page, and the plan format's JSON
 * Schema for editors), and, where the directory has no {@code pom.xml}, a small Maven project that checks the
 * plan at {@code validate} and renders its site at {@code verify}. It never overwrites a file: when the plan
 * directory holds files already, or a file it would write exists, it writes nothing and names them.
 *
 * <pre>
 * mvn io.github.socialstrategy:social-strategy-maven-plugin:init -DsocialStrategy.organisation="ACME Outdoor"
 * </pre>
 */
@Mojo(name = "init", requiresProject = false, aggregator = true, threadSafe = true)
public class InitMojo extends AbstractMojo {

  /**
   * The organisation's name, as people write it (any text on one line). Default: {@code My organisation}.
   * Example: {@code -DsocialStrategy.organisation="ACME Outdoor"}.
   */
  @Parameter(property = "socialStrategy.organisation")
  protected String organisation;

  /**
   * The plan's id, also the starter project's artifact id: lower-case letters and digits in words joined by
   * single dashes, at most 64 characters. Default: the organisation's name and the period's first year
   * ({@code acme-outdoor-social-2027}). Example: {@code -DsocialStrategy.planId=acme-social-2027}.
   */
  @Parameter(property = "socialStrategy.planId")
  protected String planId;

  /**
   * The plan's period: a year ({@code 2027}) or two dates written {@code start/end}
   * ({@code 2026-10-01/2027-09-30}), at least 28 days apart. Default: the current calendar year. Example:
   * {@code -DsocialStrategy.period=2026-10-01/2027-09-30}.
   */
  @Parameter(property = "socialStrategy.period")
  protected String period;

  /**
   * The plan's currency: an ISO 4217 code in capitals. Default: {@code EUR}. Example:
   * {@code -DsocialStrategy.currency=USD}.
   */
  @Parameter(property = "socialStrategy.currency")
  protected String currency;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  protected PluginDescriptor plugin;

  /** Today, for the default period; a test sets it. */
  LocalDate today = LocalDate.now();

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    long started = System.nanoTime();
    StarterSettings settings = settings();
    Path directory = new File(session.getExecutionRootDirectory()).toPath();
    StarterPlan.Outcome outcome;
    try {
      outcome = StarterPlan.write(directory, settings, plugin.getVersion());
    } catch (IOException e) {
      throw new MojoExecutionException("Could not write the starter plan into " + directory + ": " + e, e);
    }
    if (outcome.isRefused()) {
      throw new MojoFailureException(
          "Nothing was written: init writes only into a new or empty plan directory and never replaces a file, but "
              + String.join(", ", outcome.refused()) + (outcome.refused().size() == 1 ? " exists" : " exist")
              + " in " + directory + ". Run init in another directory, or move these files away first");
    }
    outcome.written().forEach(f -> getLog().debug("Wrote " + directory.resolve(f)));
    getLog().info(
        "Social strategy starter plan '" + settings.planId() + "' written to " + directory.resolve(StarterPlan.PLAN_DIRECTORY)
            + " (" + outcome.written().size() + " files" + (outcome.pomWritten() ? ", with pom.xml" : "") + ") in "
            + Elapsed.since(started));
    if (outcome.pomWritten()) {
      getLog().info("Next: run 'mvn verify' here, then open target/social-strategy/index.html");
    } else {
      getLog().info(
          "Next: this directory already has a pom.xml, which was left as it was. To check the plan on every build, add"
              + " this plugin to its <build><plugins> with the goals check and report:");
      getLog().info("  <plugin><groupId>" + plugin.getGroupId() + "</groupId><artifactId>" + plugin.getArtifactId()
          + "</artifactId><version>" + plugin.getVersion() + "</version><executions><execution><goals><goal>check</goal>"
          + "<goal>report</goal></goals></execution></executions></plugin>");
    }
  }

  /** The starter settings these parameters stand for. */
  StarterSettings settings() throws MojoFailureException {
    try {
      return StarterSettings.of(organisation, planId, period, currency, today);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("Invalid init parameter: " + e.getMessage());
    }
  }
}
