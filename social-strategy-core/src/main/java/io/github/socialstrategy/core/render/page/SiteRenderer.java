package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.analyze.Analysis;
import io.github.socialstrategy.core.compare.Changes;
import io.github.socialstrategy.core.render.SiteOutput;
import io.github.socialstrategy.core.render.chart.Charts;
import io.github.socialstrategy.core.render.chart.TraceDiagram;
import io.github.socialstrategy.core.render.json.PlanJson;
import io.github.socialstrategy.core.render.theme.Theme;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the whole site: every page kind through its renderer, the charts, the theme's assets and
 * {@code plan.json}. The theme's templates are all checked before the first file is written.
 */
public final class SiteRenderer {

  private final Theme theme;
  private final Charts charts;
  private final TraceDiagram diagram;

  public SiteRenderer(Theme theme, Charts charts, TraceDiagram diagram) {
    this.theme = theme;
    this.charts = charts;
    this.diagram = diagram;
  }

  /** The page renderers, in the order pages are written. */
  static List<PageRenderer> renderers() {
    List<PageRenderer> all = new ArrayList<>();
    all.add(new DashboardPage());
    all.add(new CoveragePage());
    all.add(new TraceabilityPage());
    all.add(new SchedulePage());
    all.add(new ResultsPage());
    all.add(new ReviewPage());
    all.add(new DiagnosticsPage());
    all.add(new ChangesPage());
    all.addAll(EntityPages.all());
    all.add(new NarrativePages());
    return all;
  }

  public void render(Analysis analysis, SiteOutput out) throws IOException, ThemeException {
    render(analysis, null, out);
  }

  /** Renders the site, with {@code changes.html} and change badges when there are changes since a baseline. */
  public void render(Analysis analysis, Changes changes, SiteOutput out) throws IOException, ThemeException {
    List<PageRenderer> renderers = renderers();
    List<String> templates = new ArrayList<>(List.of("lib/ui.ftlh", "lib/entity.ftlh"));
    renderers.forEach(r -> templates.addAll(r.templates()));
    theme.verify(templates);
    SiteWriter site = new SiteWriter(new SiteContext(analysis, changes), theme, charts, diagram, out);
    for (PageRenderer r : renderers) {
      r.render(site);
    }
    for (String asset : theme.assets()) {
      site.raw("assets/" + asset, theme.asset(asset));
    }
    out.write("plan.json", PlanJson.write(analysis));
    out.write("schema/" + io.github.socialstrategy.core.schema.PlanSchema.FILE_NAME, io.github.socialstrategy.core.schema.PlanSchema.bytes());
  }
}
