package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.render.SiteOutput;
import io.github.socialstrategy.core.render.theme.Theme;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The organisation view over several plans (one per team, region or brand): each plan's own site in a folder of
 * its own, and an {@code index.html} above them with every plan's health, KPI attainment, spend and most important
 * findings side by side, and the objectives of all plans in one list. Findings keep the paths their plan shows,
 * relative to that plan's project.
 */
public final class AggregateRenderer {

  /** Findings listed per plan on the organisation page; the rest are on each plan's diagnostics page. */
  static final int TOP_FINDINGS = 8;

  /** The template of the organisation page. */
  static final String TEMPLATE = "aggregate.ftlh";

  /**
   * One plan of the aggregate.
   *
   * @param name how the plan's project is named (a Maven module's artifact id)
   * @param checked the checked plan
   */
  public record Plan(String name, CheckResult checked) {}

  private final Theme theme;

  public AggregateRenderer(Theme theme) {
    this.theme = theme;
  }

  /**
   * Renders every plan's site under its folder and the organisation page at the root.
   *
   * @param title the organisation page's title
   * @return the folder of each plan, in the order given
   */
  public List<String> render(String title, List<Plan> plans, SiteOutput out) throws IOException, ThemeException {
    theme.verify(List.of(TEMPLATE, "lib/ui.ftlh"));
    List<String> folders = folders(plans);
    List<Model> rows = new ArrayList<>();
    List<Model> objectives = new ArrayList<>();
    int errors = 0;
    int warnings = 0;
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      String folder = folders.get(i);
      SocialStrategy.report(plan.checked(), theme, new Prefixed(folder + "/", out));
      PlanSummary s = PlanSummary.of(plan.checked());
      errors += s.errors();
      warnings += s.warnings();
      String home = folder + "/index.html";
      List<Model> findings = new ArrayList<>();
      for (PlanSummary.Finding f : s.findings().subList(0, Math.min(TOP_FINDINGS, s.findings().size()))) {
        findings.add(Model.of("severity", f.severity(), "place", f.place(), "message", f.message(), "rule", f.rule()));
      }
      double attainment = Double.isNaN(s.attainmentPercent()) ? 0 : s.attainmentPercent();
      rows.add(Model.of(
          "module", plan.name(),
          "href", home,
          "diagnosticsHref", folder + "/diagnostics.html",
          "title", s.title(),
          "organisation", s.organisation(),
          "period", s.period(),
          "asOf", s.asOf(),
          "errors", s.errors(),
          "warnings", s.warnings(),
          "traced", s.tracedActivities() + " of " + s.activities(),
          "kpisMet", s.kpisMet() + " of " + s.kpisScored(),
          "attainment", s.attainment(),
          "attainmentValue", Math.round(Math.max(0, Math.min(150, attainment))),
          "budget", s.budget(),
          "spent", s.spent(),
          "findings", findings,
          "moreFindings", s.findings().size() - findings.size()));
      for (PlanSummary.ObjectiveRow o : s.objectives()) {
        objectives.add(Model.of(
            "href", folder + "/" + o.url(),
            "title", o.title(),
            "plan", s.title(),
            "pillar", o.pillar(),
            "priority", o.priority(),
            "kpis", o.kpis(),
            "attainment", o.attainment()));
      }
    }
    Model page = Model.of("title", title, "plans", rows, "objectives", objectives, "errors", errors, "warnings", warnings);
    out.write("index.html", theme.render(TEMPLATE, page));
    for (String asset : theme.assets()) {
      out.write("assets/" + asset, theme.asset(asset));
    }
    return folders;
  }

  /**
   * A folder per plan from its name: lower case, characters outside {@code a-z 0-9 . _ -} as {@code -}, a number
   * added where two names would meet, and never {@code assets}, which the organisation page uses.
   */
  static List<String> folders(List<Plan> plans) {
    Set<String> used = new HashSet<>(Set.of("assets"));
    List<String> folders = new ArrayList<>();
    for (Plan p : plans) {
      String base = p.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[.-]+", "");
      if (base.isEmpty()) {
        base = "plan";
      }
      String folder = base;
      for (int n = 2; !used.add(folder); n++) {
        folder = base + "-" + n;
      }
      folders.add(folder);
    }
    return folders;
  }

  /** Writes a plan's site under its folder of the aggregate's output. */
  private record Prefixed(String prefix, SiteOutput out) implements SiteOutput {
    @Override
    public void write(String path, byte[] content) throws IOException {
      out.write(prefix + path, content);
    }
  }
}
