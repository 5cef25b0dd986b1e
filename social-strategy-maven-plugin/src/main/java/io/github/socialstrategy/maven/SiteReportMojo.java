package io.github.socialstrategy.maven;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.render.DirectorySiteOutput;
import io.github.socialstrategy.core.render.page.PlanSummary;
import io.github.socialstrategy.core.render.theme.Theme;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * A "Social strategy" page in the project site ({@code mvn site}), in the site's own skin: the plan's health, its
 * KPIs and its findings, linking to the plan's full site, which is rendered under the project site in
 * {@code social-strategy/}. Declare it in the POM's {@code <reporting>} section:
 *
 * <pre>{@code
 * <reporting>
 *   <plugins>
 *     <plugin>
 *       <groupId>io.github.socialstrategy</groupId>
 *       <artifactId>social-strategy-maven-plugin</artifactId>
 *       <version>...</version>
 *       <reportSets>
 *         <reportSet>
 *           <reports>
 *             <report>site-report</report>
 *           </reports>
 *         </reportSet>
 *       </reportSets>
 *     </plugin>
 *   </plugins>
 * </reporting>
 * }</pre>
 *
 * The page is left out of the site when the project has no plan directory. Findings never fail the site build.
 */
@Mojo(name = "site-report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class SiteReportMojo extends AbstractMavenReport {

  /** The page's file name in the project site, without {@code .html}. */
  static final String OUTPUT_NAME = "social-strategy";

  /**
   * The plan directory, as for {@code check}. Default: <code>${project.basedir}/src/strategy</code>. When it does not
   * exist, the project site has no "Social strategy" page. Example: {@code <planDirectory>plans/2027</planDirectory>}.
   */
  @Parameter(property = "socialStrategy.planDirectory", defaultValue = "${project.basedir}/src/strategy", required = true)
  protected File planDirectory;

  /** The project's base directory; paths in findings are shown relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  protected File baseDirectory;

  /**
   * Leaves the page out of the site: {@code true} or {@code false}. Default: {@code false}. Example:
   * {@code -DsocialStrategy.skip=true}.
   */
  @Parameter(property = "socialStrategy.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * The report date, as for {@code check}: a date written {@code YYYY-MM-DD}. Default: the plan's {@code asOf}, else
   * its latest result date, else its period's start. Example: {@code -DsocialStrategy.asOf=2026-06-30}.
   */
  @Parameter(property = "socialStrategy.asOf")
  protected String asOf;

  /**
   * Severities that replace rules' defaults, as for {@code check}: rule name to {@code error}, {@code warning},
   * {@code info} or {@code off}. Default: none. No user property. Example:
   * {@code <rules><outside-period>error</outside-period></rules>}.
   */
  @Parameter
  protected Map<String, String> rules;

  /**
   * As for {@code check}: percentage points of planned effort a pillar may stray from its intended share, a number
   * from 0 to 100. Default: {@code 10}. Example: {@code -DsocialStrategy.allocationTolerance=15}.
   */
  @Parameter(property = "socialStrategy.allocationTolerance", defaultValue = "10")
  protected double allocationTolerance;

  /**
   * As for {@code check}: percentage points behind its expected attainment before a KPI is at risk, from 0 up to
   * {@code pacingOffTrack}. Default: {@code 10}. Example: {@code -DsocialStrategy.pacingAtRisk=5}.
   */
  @Parameter(property = "socialStrategy.pacingAtRisk", defaultValue = "10")
  protected double pacingAtRisk;

  /**
   * As for {@code check}: percentage points behind before a KPI is off track, at least {@code pacingAtRisk}.
   * Default: {@code 25}. Example: {@code -DsocialStrategy.pacingOffTrack=40}.
   */
  @Parameter(property = "socialStrategy.pacingOffTrack", defaultValue = "25")
  protected double pacingOffTrack;

  /**
   * A directory of templates and assets over the default theme, for the plan's full site, as for {@code report}.
   * Default: none. Example: {@code -DsocialStrategy.themeDirectory=src/theme}.
   */
  @Parameter(property = "socialStrategy.themeDirectory")
  protected File themeDirectory;

  @Override
  public String getOutputName() {
    return OUTPUT_NAME;
  }

  @Override
  public String getName(Locale locale) {
    return "Social strategy";
  }

  @Override
  public String getDescription(Locale locale) {
    return "The social media strategy plan: its health, KPIs and findings, with the plan's full site.";
  }

  @Override
  public boolean canGenerateReport() {
    return !skip && planDirectory.isDirectory();
  }

  @Override
  protected void executeReport(Locale locale) throws MavenReportException {
    long started = System.nanoTime();
    CheckResult result;
    try {
      result = SocialStrategy.check(
          PlanSettings.of(planDirectory, baseDirectory, asOf, rules, allocationTolerance, pacingAtRisk, pacingOffTrack));
    } catch (MojoFailureException e) {
      throw new MavenReportException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MavenReportException("Could not read the plan in " + planDirectory.getAbsolutePath() + ": " + e, e);
    }
    File siteDir = new File(getReportOutputDirectory(), OUTPUT_NAME);
    try (DirectorySiteOutput out =
        DirectorySiteOutput.open(siteDir.toPath(), List.of(baseDirectory.toPath(), planDirectory.toPath()))) {
      SocialStrategy.report(result, Theme.load(themeDirectory == null ? null : themeDirectory.toPath()), out);
      out.commit();
    } catch (IllegalArgumentException | ThemeException e) {
      throw new MavenReportException("Could not render the plan's site into " + siteDir + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MavenReportException("Could not write the plan's site to " + siteDir + ": " + e, e);
    }
    PlanSummary summary = PlanSummary.of(result);
    new SiteReportPage(getSink()).render(summary, OUTPUT_NAME + "/index.html");
    getLog().info("Social strategy page of the project site: " + result.summary() + ", " + summary.kpis().size() + " KPIs;"
        + " plan site in " + siteDir.getAbsolutePath() + " (" + Elapsed.since(started) + ")");
  }
}
