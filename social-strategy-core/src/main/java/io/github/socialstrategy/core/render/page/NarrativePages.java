package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.model.Page;
import io.github.socialstrategy.core.render.Urls;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.util.List;

/** Each {@code pages/*.md} as {@code pages/<name>.html}. */
final class NarrativePages implements PageRenderer {

  @Override
  public List<String> templates() {
    return List.of("page.ftlh");
  }

  @Override
  public void render(SiteWriter site) throws IOException, ThemeException {
    SiteContext ctx = site.ctx;
    for (Page p : ctx.plan().pages().list()) {
      String path = Urls.of("page", p.name());
      var page = ctx.page(path);
      Model m = page.base(p.title(), List.of(Model.link(null, "Pages")));
      boolean hasHeading = p.markdown().lines().limit(50).anyMatch(l -> l.startsWith("# "));
      m.with("body", page.markdown(p.markdown(), hasHeading ? 1 : 2));
      m.with("hasHeading", hasHeading);
      m.with("source", p.file().displayPath());
      site.page(path, "page.ftlh", m);
    }
  }
}
