package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.render.SiteOutput;
import io.github.socialstrategy.core.render.chart.Chart;
import io.github.socialstrategy.core.render.chart.Charts;
import io.github.socialstrategy.core.render.chart.TraceDiagram;
import io.github.socialstrategy.core.render.theme.Theme;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What page renderers write with: the context, the theme, the chart makers and the output. */
public final class SiteWriter {

  final SiteContext ctx;
  final Theme theme;
  final Charts charts;
  final TraceDiagram diagram;
  private final SiteOutput out;
  /** Where templates run and files are written; null to do both on the calling thread. */
  private final PagePool pool;
  /** This writer's renderer, by its place in the list: orders failures as a serial run meets them. */
  private final int renderer;
  private long pages;

  public SiteWriter(SiteContext ctx, Theme theme, Charts charts, TraceDiagram diagram, SiteOutput out) {
    this(ctx, theme, charts, diagram, out, null);
  }

  /** A writer for one renderer of a site rendered on several threads (one writer per renderer). */
  SiteWriter(SiteContext ctx, Theme theme, Charts charts, TraceDiagram diagram, SiteOutput out, PagePool pool, int renderer) {
    this.ctx = ctx;
    this.theme = theme;
    this.charts = charts;
    this.diagram = diagram;
    this.out = out;
    this.pool = pool;
    this.renderer = renderer;
  }

  private SiteWriter(SiteContext ctx, Theme theme, Charts charts, TraceDiagram diagram, SiteOutput out, PagePool pool) {
    this(ctx, theme, charts, diagram, out, pool, 0);
  }

  /** Where the next failure of this writer's renderer would stand in a serial run. */
  PagePool.Place place() {
    return new PagePool.Place(renderer, pages);
  }

  /**
   * Renders a template to a page path: at once, or on a worker thread when the site is rendered in
   * parallel. The model must not change afterwards (renderers build a new one for every page).
   */
  void page(String path, String template, Model model) throws IOException, ThemeException {
    if (pool == null) {
      out.write(path, theme.render(template, model));
    } else {
      pool.page(new PagePool.Place(renderer, pages++), () -> out.write(path, theme.render(template, model)));
    }
  }

  /** Writes a chart's SVG under {@code charts/} and returns its template model, with URLs relative to the page. */
  Model chart(SiteContext.PageWriter page, Chart chart) throws IOException {
    String file = "charts/" + chart.id() + ".svg";
    out.write(file, chart.svg());
    List<List<String>> rows = new ArrayList<>(chart.table().rows());
    return Model.of(
        "id", chart.id(),
        "src", page.url(file),
        "title", chart.title(),
        "description", chart.description(),
        "headers", chart.table().headers(),
        "rows", rows);
  }

  void raw(String path, byte[] content) throws IOException {
    out.write(path, content);
  }
}
