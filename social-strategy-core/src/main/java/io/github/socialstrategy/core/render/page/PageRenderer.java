package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.util.List;

/** Renders one kind of page (a dashboard, every objective page, ...) through its template. */
public interface PageRenderer {

  /** The templates this renderer uses, checked before anything is written. */
  List<String> templates();

  void render(SiteWriter site) throws IOException, ThemeException;
}
