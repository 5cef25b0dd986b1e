package io.github.socialstrategy.core.render.page;

import io.github.socialstrategy.core.analyze.Analysis;
import io.github.socialstrategy.core.compare.Changes;
import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Campaign;
import io.github.socialstrategy.core.model.Channel;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.EntityLocator;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Page;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Strategy;
import io.github.socialstrategy.core.render.Format;
import io.github.socialstrategy.core.render.Urls;
import io.github.socialstrategy.core.render.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every page renderer shares: the analysis, URLs relative to the page being written, Markdown, and
 * which entity page each finding belongs to.
 */
public final class SiteContext {

  /** The top navigation: path and label. */
  static final List<String[]> NAV =
      List.of(
          new String[] {"index.html", "Dashboard"},
          new String[] {"coverage.html", "Coverage"},
          new String[] {"traceability.html", "Traceability"},
          new String[] {"schedule.html", "Schedule"},
          new String[] {"results.html", "Results"},
          new String[] {"review.html", "Review"},
          new String[] {"diagnostics.html", "Diagnostics"});

  private final Analysis analysis;
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final EntityLocator entities;
  private final Changes changes;
  // kind:id to "new", "changed" or "renamed", for the badges on entity pages and in lists
  private final Map<String, String> badges = new HashMap<>();
  private final Map<String, List<Diagnostic>> diagnosticsByEntity = new HashMap<>();

  public SiteContext(Analysis analysis) {
    this(analysis, null);
  }

  /** @param changes the changes since a baseline, or null without one */
  public SiteContext(Analysis analysis, Changes changes) {
    this.analysis = analysis;
    this.changes = changes;
    if (changes != null) {
      changes.entities().forEach(e -> badges.put(e.kind() + ":" + e.id(), e.change() == Changes.Kind.ADDED ? "new" : e.change().keyword()));
    }
    this.entities = new EntityLocator(analysis.plan());
    for (Diagnostic d : analysis.diagnostics()) {
      String[] e = entityOf(d.location());
      if (e != null) {
        diagnosticsByEntity.computeIfAbsent(e[0] + ":" + e[1], k -> new ArrayList<>()).add(d);
      }
    }
  }

  /** The entity ({kind, id, title}) whose definition holds a place, or null. */
  String[] entityOf(Location at) {
    EntityLocator.Entity e = entities.at(at);
    return e == null ? null : new String[] {e.kind(), e.id(), e.title()};
  }

  public Analysis analysis() {
    return analysis;
  }

  public Plan plan() {
    return analysis.plan();
  }

  /** The changes since the baseline, or null without one. */
  public Changes changes() {
    return changes;
  }

  /** The badge of an entity changed since the baseline ({@code new}, {@code changed}, {@code renamed}), or null. */
  String badge(String kind, String id) {
    return badges.get(kind + ":" + id);
  }

  public String currency() {
    return plan().info() == null ? null : plan().info().currency();
  }

  /** The findings located inside an entity's definition. */
  List<Diagnostic> diagnosticsOf(String kind, String id) {
    return diagnosticsByEntity.getOrDefault(kind + ":" + id, List.of());
  }

  /** A page being written at {@code path}: URLs made relative to it. */
  public PageWriter page(String path) {
    return new PageWriter(path);
  }

  /** URL helpers for one page. */
  public final class PageWriter {
    final String path;
    final String root;

    PageWriter(String path) {
      this.path = path;
      this.root = Urls.root(path);
    }

    /** The relative URL of a site path. */
    String url(String sitePath) {
      return root + sitePath;
    }

    /** The relative URL of an entity page, or null when the entity does not exist. */
    String entityUrl(String kind, String id) {
      if (!exists(kind, id)) {
        return null;
      }
      return root + Urls.of(kind, id);
    }

    Model link(String kind, String id) {
      String url = entityUrl(kind, id);
      return Model.of("href", url, "label", title(kind, id), "id", id, "kind", kind, "change", badge(kind, id));
    }

    /**
     * Rendered, sanitised Markdown, typed as HTML markup so templates output it without {@code ?no_esc}; its
     * headings start at {@code topHeading}, the level below the heading it sits under.
     */
    Object markdown(String text, int topHeading) {
      return html(markdown.render(
          text,
          target -> {
            int colon = target.indexOf(':');
            return entityUrl(target.substring(0, colon), target.substring(colon + 1));
          },
          topHeading));
    }

    /** The base model of every page: site, navigation, breadcrumbs, banner. */
    Model base(String title, List<Model> breadcrumbs) {
      List<Model> nav = new ArrayList<>();
      for (String[] n : NAV) {
        nav.add(Model.of("href", url(n[0]), "label", n[1], "current", n[0].equals(path)));
      }
      List<Model> crumbs = new ArrayList<>();
      crumbs.add(Model.link(url("index.html"), "Dashboard"));
      crumbs.addAll(breadcrumbs);
      var info = plan().info();
      return Model.of(
          "site", site(),
          "root", root,
          "path", path,
          "title", title,
          "nav", nav,
          "breadcrumbs", path.equals("index.html") ? List.of() : crumbs,
          "pages", pagesNav());
    }

    private List<Model> pagesNav() {
      List<Model> out = new ArrayList<>();
      for (Page p : plan().pages().list()) {
        out.add(Model.link(url(Urls.of("page", p.name())), p.title()));
      }
      return out;
    }

    private Model site() {
      var info = plan().info();
      return Model.of(
          "title", info != null && info.title() != null ? info.title() : "Social media strategy",
          "organisation", info == null || info.organisation() == null ? "" : info.organisation(),
          "planId", info == null || info.id() == null ? "" : info.id(),
          "asOf", plan().asOf() == null ? "" : plan().asOf().toString(),
          "period", plan().period() == null ? "" : plan().period().start() + " to " + plan().period().end(),
          "errors", analysis.errors(),
          "warnings", analysis.warnings(),
          "hasErrors", analysis.errors() > 0,
          "diagnosticsUrl", url("diagnostics.html"),
          "changesUrl", changes == null ? null : url("changes.html"),
          "baseline", changes == null ? null : changes.baseline());
    }

    /** Findings as template rows, each linking to its entity page. */
    List<Model> diagnostics(List<Diagnostic> list) {
      List<Model> out = new ArrayList<>();
      for (Diagnostic d : list) {
        String[] e = entityOf(d.location());
        out.add(
            Model.of(
                "severity", d.severity().label(),
                "rule", d.rule().id(),
                "message", d.fullMessage(),
                "place", d.location().toString(),
                "file", d.location().file() == null ? "" : d.location().file().displayPath(),
                "line", d.location().line(),
                "entity", e == null ? null : link(e[0], e[1])));
      }
      return out;
    }
  }

  /** HTML this engine produced and checked (sanitised Markdown, its own SVG), as template markup. */
  static Object html(String html) {
    try {
      return freemarker.core.HTMLOutputFormat.INSTANCE.fromMarkup(html);
    } catch (freemarker.template.TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean exists(String kind, String id) {
    Plan p = plan();
    return switch (kind) {
      case "objective" -> p.objectives().contains(id);
      case "strategy" -> p.strategies().contains(id);
      case "activity" -> p.activities().contains(id);
      case "campaign" -> p.campaigns().contains(id);
      case "channel" -> p.channels().contains(id);
      case "metric" -> p.metrics().contains(id);
      case "page" -> p.pages().contains(id);
      default -> false;
    };
  }

  String title(String kind, String id) {
    Plan p = plan();
    String t = switch (kind) {
      case "objective" -> opt(p.objectives().get(id), Objective::title);
      case "strategy" -> opt(p.strategies().get(id), Strategy::title);
      case "activity" -> opt(p.activities().get(id), Activity::title);
      case "campaign" -> opt(p.campaigns().get(id), Campaign::title);
      case "channel" -> opt(p.channels().get(id), Channel::title);
      case "metric" -> opt(p.metrics().get(id), Metric::title);
      case "page" -> opt(p.pages().get(id), Page::title);
      default -> null;
    };
    return t == null ? id : t;
  }

  private static <T> String opt(T t, java.util.function.Function<T, String> f) {
    return t == null ? null : f.apply(t);
  }

  /** Errors first, then findings about results, then the rest; plan order within each. */
  static final Comparator<Diagnostic> IMPORTANCE =
      Comparator.comparing(Diagnostic::severity)
          .thenComparing(d -> d.rule().aboutResults() ? 0 : 1)
          .thenComparing(Diagnostic.ORDER);

  static String fmtCount(double v) {
    return Format.count(v);
  }
}
