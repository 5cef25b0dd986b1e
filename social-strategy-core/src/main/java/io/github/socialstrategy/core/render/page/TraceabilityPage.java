package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Strategy;
import io.github.socialstrategy.core.render.chart.Chart;
import io.github.socialstrategy.core.render.chart.TraceDiagram;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code traceability.html}: the activity x objective matrix and the objectives ← strategies ← activities diagram. */
final class TraceabilityPage implements PageRenderer {

  /** Beyond this many activities the matrix lists strategies instead: a 20,000-row table helps nobody. */
  static final int MAX_MATRIX_ACTIVITIES = 2000;

  /** Beyond this many activities the diagram shows each strategy's activity count instead of the activities. */
  static final int MAX_DIAGRAM_ACTIVITIES = 300;

  @Override
  public List<String> templates() {
    return List.of("traceability.ftlh");
  }

  @Override
  public void render(SiteWriter site) throws IOException, ThemeException {
    SiteContext ctx = site.ctx;
    Plan plan = ctx.plan();
    var page = ctx.page("traceability.html");
    Model m = page.base("Traceability", List.of());

    List<Model> objectives = plan.objectives().list().stream().map(o -> page.link("objective", o.id())).toList();
    List<Model> rows = new ArrayList<>();
    boolean activityMatrix = plan.activities().list().size() <= MAX_MATRIX_ACTIVITIES;
    m.with("activityMatrix", activityMatrix).with("activityCount", plan.activities().list().size());
    for (Strategy s : activityMatrix ? List.<Strategy>of() : plan.strategies().list()) {
      List<Model> cells = new ArrayList<>();
      for (Objective o : plan.objectives().list()) {
        boolean serves = plan.objectivesOf(s).contains(o);
        cells.add(Model.of("traced", serves, "via", serves ? s.id() : ""));
      }
      rows.add(Model.of("activity", page.link("strategy", s.id()).with("label", ctx.title("strategy", s.id()) + " (" + plan.activitiesOf(s).size() + " activities)"),
          "cells", cells, "untraced", plan.objectivesOf(s).isEmpty()));
    }
    for (Activity a : activityMatrix ? plan.activities().list() : List.<Activity>of()) {
      Set<String> reached = new HashSet<>();
      plan.objectivesOf(a).forEach(o -> reached.add(o.id()));
      List<Model> cells = new ArrayList<>();
      for (Objective o : plan.objectives().list()) {
        List<String> via = new ArrayList<>();
        if (reached.contains(o.id())) {
          for (Strategy s : plan.strategiesOf(a)) {
            if (plan.objectivesOf(s).contains(o)) {
              via.add(s.id());
            }
          }
        }
        cells.add(Model.of("traced", !via.isEmpty(), "via", String.join(", ", via)));
      }
      rows.add(Model.of("activity", page.link("activity", a.id()), "cells", cells, "untraced", reached.isEmpty()));
    }
    m.with("objectives", objectives).with("rows", rows);

    List<TraceDiagram.Node> on = new ArrayList<>();
    List<TraceDiagram.Node> sn = new ArrayList<>();
    List<TraceDiagram.Node> an = new ArrayList<>();
    List<TraceDiagram.Edge> serves = new ArrayList<>();
    List<TraceDiagram.Edge> impl = new ArrayList<>();
    List<TraceDiagram.Edge> infl = new ArrayList<>();
    plan.objectives().list().forEach(o -> on.add(new TraceDiagram.Node(o.id(), ctx.title("objective", o.id()), page.entityUrl("objective", o.id()))));
    boolean drawActivities = plan.activities().list().size() <= MAX_DIAGRAM_ACTIVITIES;
    // Each column follows the one it links to (strategies by their first objective, activities by their
    // first strategy), so most lines run across rather than up and down; ties keep plan order.
    java.util.Map<String, Integer> objectiveRow = new java.util.HashMap<>();
    plan.objectives().list().forEach(o -> objectiveRow.put(o.id(), objectiveRow.size()));
    List<Strategy> strategies = new ArrayList<>(plan.strategies().list());
    strategies.sort(java.util.Comparator.comparingInt(s -> plan.objectivesOf(s).stream()
        .mapToInt(o -> objectiveRow.get(o.id())).min().orElse(Integer.MAX_VALUE)));
    java.util.Map<String, Integer> strategyRow = new java.util.HashMap<>();
    strategies.forEach(s -> strategyRow.put(s.id(), strategyRow.size()));
    List<Activity> activities = new ArrayList<>(plan.activities().list());
    activities.sort(java.util.Comparator.comparingInt(a -> plan.strategiesOf(a).stream()
        .mapToInt(s -> strategyRow.get(s.id())).min().orElse(Integer.MAX_VALUE)));
    for (Strategy s : strategies) {
      String label = ctx.title("strategy", s.id()) + (drawActivities ? "" : " (" + plan.activitiesOf(s).size() + " activities)");
      sn.add(new TraceDiagram.Node(s.id(), label, page.entityUrl("strategy", s.id())));
      plan.objectivesOf(s).forEach(o -> serves.add(new TraceDiagram.Edge(s.id(), o.id())));
      plan.influencesOf(s).forEach(t -> infl.add(new TraceDiagram.Edge(s.id(), t.id())));
    }
    for (Activity a : drawActivities ? activities : List.<Activity>of()) {
      an.add(new TraceDiagram.Node(a.id(), ctx.title("activity", a.id()), page.entityUrl("activity", a.id())));
      plan.strategiesOf(a).forEach(s -> impl.add(new TraceDiagram.Edge(a.id(), s.id())));
    }
    Chart diagram = site.diagram.draw("trace-diagram", on, sn, an, serves, impl, infl);
    m.with("diagram", Model.of("svg", SiteContext.html(diagram.svg()), "title", diagram.title(), "description", diagram.description()));
    long multi = plan.strategies().list().stream().filter(s -> plan.objectivesOf(s).size() > 1).count();
    m.with("diagramActivities", drawActivities);
    m.with("multiObjectiveStrategies", multi).with("influences", infl.size());
    site.page("traceability.html", "traceability.ftlh", m);
  }
}
