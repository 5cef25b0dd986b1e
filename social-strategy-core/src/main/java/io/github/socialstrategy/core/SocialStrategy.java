package io.github.socialstrategy.core;

import io.github.socialstrategy.core.analyze.Analysis;
import io.github.socialstrategy.core.analyze.Analyzer;
import io.github.socialstrategy.core.analyze.Figures;
import io.github.socialstrategy.core.compare.Baseline;
import io.github.socialstrategy.core.compare.Changes;
import io.github.socialstrategy.core.compare.Comparison;
import io.github.socialstrategy.core.link.Linker;
import io.github.socialstrategy.core.load.PlanLoader;
import io.github.socialstrategy.core.load.PlanParts;
import io.github.socialstrategy.core.load.PlanTree;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Severity;
import io.github.socialstrategy.core.render.SiteOutput;
import io.github.socialstrategy.core.render.ci.ChangesMarkdown;
import io.github.socialstrategy.core.render.ci.CiInput;
import io.github.socialstrategy.core.render.ci.CiReport;
import io.github.socialstrategy.core.render.ci.CiReports;
import io.github.socialstrategy.core.render.chart.JFreeCharts;
import io.github.socialstrategy.core.render.chart.SvgTraceDiagram;
import io.github.socialstrategy.core.render.json.ChangesJson;
import io.github.socialstrategy.core.render.page.SiteRenderer;
import io.github.socialstrategy.core.render.theme.Theme;
import io.github.socialstrategy.core.render.theme.ThemeException;
import io.github.socialstrategy.core.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * The engine's front door. The whole pipeline in one place: load the files (format rules), link the
 * references (link rules), analyse the plan into its figures, validate the plan and its results against the
 * figures (plan and results rules) ({@link #check}), then render the site ({@link #report}).
 */
public final class SocialStrategy {

  private SocialStrategy() {}

  /**
   * Loads, links and validates the plan that the settings name.
   *
   * @throws NoSuchFileException when the plan directory does not exist
   * @throws IOException when a file cannot be read at all
   */
  public static CheckResult check(Settings settings) throws IOException {
    if (!Files.isDirectory(settings.planDirectory())) {
      throw new NoSuchFileException(settings.planDirectory().toAbsolutePath().toString(), null, "no plan directory here");
    }
    return check(settings, PlanTree.directory(settings.planDirectory()));
  }

  /**
   * Loads, links and validates the plan held in a tree of files: the plan directory, or the plan as it was at
   * a baseline revision. Paths in findings are shown as if the files were in the plan directory.
   */
  public static CheckResult check(Settings settings, PlanTree tree) throws IOException {
    Diagnostics diagnostics = new Diagnostics(settings.severities());
    PlanParts parts = new PlanLoader(tree, settings.baseDirectory(), diagnostics).load();
    Plan plan = new Linker(diagnostics, settings.asOf()).link(parts);
    Figures figures = Analyzer.figures(plan, settings.pacing());
    new Validator(settings.allocationTolerance(), settings.pacing()).validate(plan, figures, diagnostics);
    return new CheckResult(
        plan,
        figures,
        diagnostics.sorted(),
        diagnostics.total(Severity.ERROR),
        diagnostics.total(Severity.WARNING),
        diagnostics.total(Severity.INFO));
  }

  /** The checked plan with its findings and figures, as the site shows it. */
  public static Analysis analyze(CheckResult checked) {
    return new Analysis(checked.plan(), checked.diagnostics(), checked.errors(), checked.warnings(), checked.figures());
  }

  /**
   * Renders the site of a checked plan.
   *
   * @param theme the theme (the default one, or a user's directory over it)
   * @throws ThemeException when a template is missing or broken, naming the file and line
   */
  public static void report(CheckResult checked, Theme theme, SiteOutput out) throws IOException, ThemeException {
    new SiteRenderer(theme, new JFreeCharts(), new SvgTraceDiagram()).render(analyze(checked), out);
  }

  /**
   * Compares a checked plan with a baseline: a git revision of the repository that holds the project, or the
   * path of an earlier site's {@code plan.json}. Never fails for the baseline: what goes wrong with it is the
   * comparison's warning.
   *
   * @param baseline the revision or path; blank for none
   */
  public static Comparison compare(CheckResult checked, Settings settings, String baseline) {
    return Baseline.compare(baseline, checked, settings, tree -> check(settings, tree));
  }

  /**
   * Renders the site of a checked plan with its review files: {@code changes.html}, {@code changes.md} and
   * {@code changes.json} when it was compared with a baseline, and the CI reports (SARIF, JUnit XML,
   * {@code diagnostics.json}).
   *
   * @throws ThemeException when a template is missing or broken, naming the file and line
   */
  public static void report(CiInput review, Theme theme, SiteOutput out) throws IOException, ThemeException {
    Changes changes = review.comparison().changes();
    new SiteRenderer(theme, new JFreeCharts(), new SvgTraceDiagram()).render(analyze(review.result()), changes, out);
    writeReviewFiles(review, CiReports.all(), out);
  }

  /**
   * Writes the CI reports named (and, with a baseline, {@code changes.md} and {@code changes.json}): what
   * {@code check} leaves for CI to pick up.
   */
  public static void writeReviewFiles(CiInput review, List<CiReport> reports, SiteOutput out) throws IOException {
    Changes changes = review.comparison().changes();
    if (changes != null) {
      out.write("changes.md", ChangesMarkdown.write(changes, review.result().plan().info() == null ? null : review.result().plan().info().id()));
      out.write("changes.json", ChangesJson.write(changes));
    }
    for (CiReport r : reports) {
      out.write(r.fileName(), r.write(review));
    }
  }
}
