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
  private final int threads;

  /** Renders pages on as many threads as there are processors. */
  public SiteRenderer(Theme theme, Charts charts, TraceDiagram diagram) {
    this(theme, charts, diagram, Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param threads how many threads run the page renderers side by side, and how many run the page
   *     templates and write the files; 1 renders everything on the calling thread. The site is the same,
   *     byte for byte, whatever the number.
   */
  public SiteRenderer(Theme theme, Charts charts, TraceDiagram diagram, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.theme = theme;
    this.charts = charts;
    this.diagram = diagram;
    this.threads = threads;
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
    SiteContext context = new SiteContext(analysis, changes);
    if (threads == 1) {
      SiteWriter site = new SiteWriter(context, theme, charts, diagram, out);
      for (PageRenderer r : renderers) {
        r.render(site);
      }
      for (String asset : theme.assets()) {
        site.raw("assets/" + asset, theme.asset(asset));
      }
    } else {
      try (PagePool pool = new PagePool(threads)) {
        for (int i = 0; i < renderers.size(); i++) {
          PageRenderer r = renderers.get(i);
          SiteWriter site = new SiteWriter(context, theme, charts, diagram, out, pool, i);
          pool.renderer(site::place, () -> r.render(site));
        }
        SiteWriter assets = new SiteWriter(context, theme, charts, diagram, out, pool, renderers.size());
        pool.renderer(assets::place, () -> {
          for (String asset : theme.assets()) {
            assets.raw("assets/" + asset, theme.asset(asset));
          }
        });
        pool.finish();
      }
    }
    out.write("plan.json", PlanJson.write(analysis));
    out.write("schema/" + io.github.socialstrategy.core.schema.PlanSchema.FILE_NAME, io.github.socialstrategy.core.schema.PlanSchema.bytes());
  }
}
