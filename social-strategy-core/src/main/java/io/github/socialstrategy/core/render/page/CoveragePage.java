package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.analyze.Analysis;
import io.github.socialstrategy.core.analyze.Coverage;
import io.github.socialstrategy.core.model.Goal;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.render.Format;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@code coverage.html}: pillars and their goals against channels, with activity counts and planned hours. */
final class CoveragePage implements PageRenderer {

  @Override
  public List<String> templates() {
    return List.of("coverage.ftlh");
  }

  @Override
  public void render(SiteWriter site) throws IOException, ThemeException {
    SiteContext ctx = site.ctx;
    Analysis a = ctx.analysis();
    Plan plan = ctx.plan();
    var page = ctx.page("coverage.html");
    Model m = page.base("Framework coverage", List.of());
    Coverage cov = a.coverage();

    List<Model> columns = new ArrayList<>();
    List<String> columnLabels = new ArrayList<>();
    for (String c : cov.channelIds()) {
      if (c.equals(Coverage.NO_CHANNEL)) {
        columns.add(Model.of("label", "No channel (internal)", "href", null));
        columnLabels.add("No channel");
      } else {
        columns.add(page.link("channel", c));
        columnLabels.add(ctx.title("channel", c));
      }
    }
    List<Model> pillars = new ArrayList<>();
    List<String> rowLabels = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    int gaps = 0;
    int pillarGaps = 0;
    java.util.Map<String, Double> intended = new java.util.HashMap<>();
    if (plan.info() != null) {
      plan.info().allocation().forEach(al -> intended.put(al.pillar().id(), al.percent()));
    }
    for (Pillar p : plan.framework().pillars()) {
      List<Model> goals = new ArrayList<>();
      boolean anyCovered = false;
      for (Goal g : p.goals()) {
        int[] rowCounts = new int[cov.channelIds().size()];
        List<Model> cells = new ArrayList<>();
        int total = 0;
        double hours = 0;
        for (int i = 0; i < cov.channelIds().size(); i++) {
          Coverage.Cell cell = cov.cell(g.id(), cov.channelIds().get(i));
          rowCounts[i] = cell.activities();
          total += cell.activities();
          hours += cell.hours();
          cells.add(Model.of("activities", cell.activities(), "hours", cell.activities() == 0 ? "" : Format.hours(cell.hours())));
        }
        if (total == 0) {
          gaps++;
        } else {
          anyCovered = true;
        }
        goals.add(Model.of("id", g.id(), "cells", cells, "activities", cov.activitiesOfGoal(g.id()), "hours", Format.hours(hours), "gap", total == 0));
        rowLabels.add(g.id());
        counts.add(rowCounts);
      }
      // A pillar the allocation funds, with no goal worked on: the money has nowhere to go.
      boolean pillarGap = !anyCovered && intended.getOrDefault(p.id(), 0.0) > 0;
      if (pillarGap) {
        pillarGaps++;
      }
      pillars.add(Model.of(
          "id", p.id(),
          "gap", pillarGap,
          "intended", intended.containsKey(p.id()) ? Format.percent(intended.get(p.id())) : "",
          "title", p.title() == null ? p.id() : p.title(),
          "effect", p.effect() == null ? "" : p.effect().keyword(),
          "objectives", plan.objectivesOf(p).stream().map(o -> page.link("objective", o.id())).toList(),
          "share", Format.percent(a.effort().percent(p.id())),
          "hours", Format.hours(a.effort().byPillar().getOrDefault(p.id(), 0.0)),
          "goals", goals));
    }
    m.with("columns", columns).with("pillars", pillars).with("gaps", gaps).with("pillarGaps", pillarGaps);
    m.with("heatmap", site.chart(page, site.charts.coverageHeatmap("coverage-heatmap", rowLabels, columnLabels, counts.toArray(new int[0][]))));
    site.page("coverage.html", "coverage.ftlh", m);
  }
}
