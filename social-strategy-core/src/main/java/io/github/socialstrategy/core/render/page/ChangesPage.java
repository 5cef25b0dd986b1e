package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.compare.Changes;
import io.github.socialstrategy.core.compare.Changes.EntityChange;
import io.github.socialstrategy.core.compare.Changes.Status;
import io.github.socialstrategy.core.compare.Snapshot;
import io.github.socialstrategy.core.render.Format;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code changes.html}: what the change does to the plan, compared with its baseline. Written only when a
 * baseline was compared with; the dashboard links to it then.
 */
final class ChangesPage implements PageRenderer {

  @Override
  public List<String> templates() {
    return List.of("changes.ftlh");
  }

  @Override
  public void render(SiteWriter site) throws IOException, ThemeException {
    SiteContext ctx = site.ctx;
    Changes c = ctx.changes();
    if (c == null) {
      return;
    }
    var page = ctx.page("changes.html");
    Model m = page.base("Changes", List.of());
    List<Snapshot.Finding> fresh = c.findings(Status.NEW);
    List<Snapshot.Finding> errors = fresh.stream().filter(f -> "error".equals(f.severity())).toList();
    List<Snapshot.Finding> others = fresh.stream().filter(f -> !"error".equals(f.severity())).toList();
    m.with("baseline", c.baseline()).with("newPlan", c.newPlan()).with("empty", c.isEmpty());
    m.with("summary", count(errors.size(), "new error") + ", " + count(others.size(), "other new finding") + ", "
        + count(c.findings(Status.RESOLVED).size(), "resolved finding") + "; " + c.entitySummary() + ".");
    m.with("newErrors", findings(page, errors)).with("newWarnings", findings(page, others));
    m.with("resolved", findings(page, c.findings(Status.RESOLVED)));
    m.with("unchanged", c.findings(Status.UNCHANGED).size());

    m.with("trace", c.trace().stream().map(t -> Model.of(
        "kind", t.kind(), "link", page.link(t.kind(), t.id()), "text", t.change().text(), "worse", t.change().worse())).toList());
    List<Model> moved = new ArrayList<>();
    for (EntityChange e : c.entities()) {
      e.fields().stream().filter(f -> f.money() || f.target())
          .forEach(f -> moved.add(Model.of("kind", e.kind(), "link", page.link(e.kind(), e.id()), "text", f.text())));
    }
    c.money().forEach(x -> moved.add(Model.of("text", x.text())));
    for (Changes.CameOrWent x : c.cameOrWent()) {
      EntityChange e = x.entity();
      Model link = e.change() == Changes.Kind.REMOVED ? Model.of("label", removedLabel(e)) : page.link(e.kind(), e.id());
      moved.add(Model.of("kind", (e.change() == Changes.Kind.ADDED ? "new " : "removed ") + e.kind(), "link", link, "text", x.detail().text()));
    }
    m.with("moved", moved);

    List<Model> groups = new ArrayList<>();
    for (Changes.Kind k : Changes.Kind.values()) {
      List<Model> entities = new ArrayList<>();
      for (EntityChange e : c.entities(k)) {
        Model link = k == Changes.Kind.REMOVED ? Model.of("label", removedLabel(e)) : page.link(e.kind(), e.id());
        entities.add(Model.of(
            "kind", e.kind(), "link", link, "previousId", e.previousId() == null ? "" : e.previousId(),
            "fields", e.fields().stream().map(Changes.FieldChange::text).toList(),
            "details", e.details().stream().map(d -> Model.of("label", d.label(), "value", d.value())).toList()));
      }
      if (!entities.isEmpty()) {
        groups.add(Model.of("label", label(k), "entities", entities));
      }
    }
    m.with("groups", groups);

    List<Model> pillars = new ArrayList<>();
    if (c.pillars() != null && c.pillars().stream().anyMatch(Changes.PillarChange::changed)) {
      for (Changes.PillarChange p : c.pillars()) {
        pillars.add(Model.of(
            "title", p.title(), "changed", p.changed(), "intendedBefore", share(p.intendedBefore()), "intendedAfter", share(p.intendedAfter()),
            "plannedBefore", Format.percent(p.plannedBefore()), "plannedAfter", Format.percent(p.plannedAfter())));
      }
    }
    m.with("pillars", pillars);
    m.with("cells", c.cells() == null ? List.of() : c.cells().stream().map(x -> Model.of(
        "goal", x.goal(), "channel", x.channel().isEmpty() ? "no channel (internal work)" : ctx.title("channel", x.channel()),
        "covered", x.covered())).toList());
    m.with("results", c.results() == null ? List.of() : c.results().stream().map(r -> Model.of(
        "metric", page.link("metric", r.metric()),
        "text", (r.after() > r.before() ? "+" : "") + Format.count(r.after() - r.before())
            + (Math.abs(r.after() - r.before()) == 1 ? " result row (" : " result rows (") + Format.count(r.before())
            + " → " + Format.count(r.after()) + ")")).toList());
    m.with("kpiNote", c.kpiNote() == null ? "" : c.kpiNote());
    m.with("kpis", c.kpis().stream().map(k -> Model.of(
        "objective", page.link("objective", k.objective()), "metric", page.link("metric", k.metric()),
        "actual", k.actualBefore() + " → " + k.actualAfter(),
        "attainment", attainment(k.attainmentBefore()) + " → " + attainment(k.attainmentAfter()),
        "state", state(k.stateBefore()) + (java.util.Objects.equals(k.stateBefore(), k.stateAfter()) ? "" : " → " + state(k.stateAfter()))))
        .toList());
    site.page("changes.html", "changes.ftlh", m);
  }

  private static List<Model> findings(SiteContext.PageWriter page, List<Snapshot.Finding> list) {
    List<Model> out = new ArrayList<>();
    for (Snapshot.Finding f : list) {
      out.add(Model.of(
          "severity", f.severity(), "rule", f.rule(), "message", f.fullMessage(),
          "place", (f.file() == null ? "<configuration>" : f.file()) + ":" + f.line() + ":" + f.column(),
          "entity", f.entityKind() == null ? null : page.link(f.entityKind(), f.entityId())));
    }
    return out;
  }

  /** A removed entity has no page to link to: its title and id. */
  private static String removedLabel(EntityChange e) {
    return e.title() == null ? e.id() : e.title() + " (" + e.id() + ")";
  }

  private static String label(Changes.Kind k) {
    return switch (k) {
      case ADDED -> "Added";
      case RENAMED -> "Renamed";
      case CHANGED -> "Changed";
      case REMOVED -> "Removed";
    };
  }

  private static String count(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String share(Double d) {
    return d == null ? "none" : Format.percent(d);
  }

  private static String attainment(Double d) {
    return d == null ? "not scored" : Format.percent(100 * d);
  }

  private static String state(String s) {
    return Changes.stateLabel(s);
  }

}
