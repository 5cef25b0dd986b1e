package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code diagnostics.html}: every finding, grouped by file and by rule, each linking to its entity page. */
final class DiagnosticsPage implements PageRenderer {

  @Override
  public List<String> templates() {
    return List.of("diagnostics.ftlh");
  }

  @Override
  public void render(SiteWriter site) throws IOException, ThemeException {
    SiteContext ctx = site.ctx;
    var page = ctx.page("diagnostics.html");
    Model m = page.base("Diagnostics", List.of());
    List<Diagnostic> all = ctx.analysis().diagnostics();
    Map<String, List<Diagnostic>> byFile = new TreeMap<>();
    Map<Rule, List<Diagnostic>> byRule = new LinkedHashMap<>();
    for (Rule r : Rule.values()) {
      byRule.put(r, new ArrayList<>());
    }
    for (Diagnostic d : all) {
      String file = d.location().file() == null ? "(plan settings)" : d.location().file().displayPath();
      byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(d);
      byRule.get(d.rule()).add(d);
    }
    List<Model> files = new ArrayList<>();
    byFile.forEach((f, list) -> files.add(Model.of("file", f, "findings", page.diagnostics(list))));
    List<Model> rules = new ArrayList<>();
    byRule.forEach((r, list) -> {
      if (!list.isEmpty()) {
        rules.add(Model.of("rule", r.id(), "trigger", r.trigger(), "fix", r.fix(), "severity", list.get(0).severity().label(), "findings", page.diagnostics(list)));
      }
    });
    m.with("files", files).with("rules", rules).with("total", all.size());
    site.page("diagnostics.html", "diagnostics.ftlh", m);
  }
}
