package io.github.socialstrategy.core.render.ci;

import io.github.socialstrategy.core.compare.Changes;
import io.github.socialstrategy.core.compare.Changes.EntityChange;
import io.github.socialstrategy.core.compare.Changes.Status;
import io.github.socialstrategy.core.compare.Snapshot;
import io.github.socialstrategy.core.render.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code changes.md}: the comparison as a pull-request comment in GitHub Markdown. It leads with what
 * matters (new errors, the trace, money and targets moved), then the rest, and stays under {@value #LIMIT}
 * characters: past that, lists are cut and summarised by their counts.
 */
public final class ChangesMarkdown {

  /** GitHub refuses comments of 65,536 characters; stay well below. */
  public static final int LIMIT = 60_000;

  // Room kept for the headings and counts of the sections after a list that was cut.
  private static final int RESERVE = 3_000;

  // One item at most: a change to a list of thousands of ids stays one readable line.
  private static final int LINE_LIMIT = 2_000;

  private final StringBuilder md = new StringBuilder(8 * 1024);

  private ChangesMarkdown() {}

  /** @param planId the plan's id, or null */
  public static String write(Changes c, String planId) {
    return new ChangesMarkdown().render(c, planId);
  }

  private String render(Changes c, String planId) {
    List<Snapshot.Finding> fresh = c.findings(Status.NEW);
    List<Snapshot.Finding> errors = fresh.stream().filter(f -> "error".equals(f.severity())).toList();
    List<Snapshot.Finding> warnings = fresh.stream().filter(f -> "warning".equals(f.severity())).toList();
    List<Snapshot.Finding> infos = fresh.stream().filter(f -> !"error".equals(f.severity()) && !"warning".equals(f.severity())).toList();
    md.append("## Social strategy").append(planId == null ? "" : " " + code(planId)).append(": what this change does\n\n");
    md.append(c.newPlan() ? "The plan is new: it did not exist at " : "Compared with ").append(code(c.baseline())).append(": ");
    md.append(errors.isEmpty() ? "no new errors" : "**" + count(errors.size(), "new error") + "**").append(", ")
        .append(count(warnings.size(), "new warning")).append(", ")
        .append(count(c.findings(Status.RESOLVED).size(), "resolved finding")).append("; ")
        .append(c.entitySummary()).append(".\n");
    if (c.isEmpty()) {
      md.append("\nNothing in the plan changed that the checks or the site can see.\n");
      if (c.kpiNote() != null) {
        md.append("\nKPIs are not compared: ").append(text(c.kpiNote())).append(".\n");
      }
      return md.toString();
    }

    section("New errors", errors.stream().map(ChangesMarkdown::finding).toList());
    section("Trace", c.trace().stream()
        .map(t -> (t.change().worse() ? "**" + t.kind() + "** " : t.kind() + " ") + code(t.id()) + title(t.title()) + " " + t.change().text())
        .toList());
    List<String> moved = new ArrayList<>();
    for (EntityChange e : c.entities()) {
      for (Changes.FieldChange f : e.fields()) {
        if (f.money() || f.target()) {
          moved.add(e.kind() + " " + code(e.id()) + title(e.title()) + ": " + text(f.text()));
        }
      }
    }
    c.money().forEach(m -> moved.add(text(m.text())));
    // What an added or removed campaign had to spend, and the targets an added or removed objective sets:
    // money and targets that appeared or went with their entity.
    for (Changes.CameOrWent m : c.cameOrWent()) {
      EntityChange e = m.entity();
      moved.add((e.change() == Changes.Kind.ADDED ? "new " : "removed ") + e.kind() + " " + code(e.id()) + title(e.title()) + ": "
          + text(m.detail().text()));
    }
    section("Money and targets", moved);
    section("New warnings", warnings.stream().map(ChangesMarkdown::finding).toList());

    if (!c.entities().isEmpty()) {
      md.append("\n### What changed\n");
      subsection("Added", c.entities(Changes.Kind.ADDED), e -> e.kind() + " " + code(e.id()) + title(e.title()) + details(e));
      subsection("Renamed", c.entities(Changes.Kind.RENAMED), e -> e.kind() + " " + code(e.previousId()) + " → " + code(e.id())
          + title(e.title())
          + (e.fields().isEmpty() ? "" : "; also " + String.join("; ", e.fields().stream().map(f -> text(f.text())).toList())));
      subsection("Changed", c.entities(Changes.Kind.CHANGED), e -> e.kind() + " " + code(e.id()) + title(e.title()) + ": "
          + String.join("; ", e.fields().stream().map(f -> text(f.text())).toList()));
      subsection("Removed", c.entities(Changes.Kind.REMOVED), e -> e.kind() + " " + code(e.id()) + title(e.title()) + details(e));
    }

    if (c.pillars() != null && c.pillars().stream().anyMatch(Changes.PillarChange::changed)) {
      md.append("\n### Balance\n\n| pillar | intended | planned effort |\n| --- | --- | --- |\n");
      for (Changes.PillarChange p : c.pillars()) {
        if (p.changed()) {
          md.append("| ").append(text(p.title())).append(" | ").append(share(p.intendedBefore())).append(" → ")
              .append(share(p.intendedAfter())).append(" | ").append(Format.percent(p.plannedBefore())).append(" → ")
              .append(Format.percent(p.plannedAfter())).append(" |\n");
        }
      }
    }
    if (c.cells() != null) {
      section("Coverage", c.cells().stream()
          .map(x -> "goal " + code(x.goal()) + " on " + (x.channel().isEmpty() ? "no channel (internal work)" : "channel " + code(x.channel()))
              + (x.covered() ? " is now covered" : " **lost its last activity**"))
          .toList());
    }
    List<String> results = new ArrayList<>();
    if (c.results() != null) {
      c.results().forEach(r -> results.add("metric " + code(r.metric()) + ": " + signed(r.after() - r.before())
          + (Math.abs(r.after() - r.before()) == 1 ? " result row (" : " result rows (") + Format.count(r.before()) + " → "
          + Format.count(r.after()) + ")"));
    }
    c.kpis().forEach(k -> results.add("KPI " + code(k.metric()) + " of objective " + code(k.objective()) + ": "
        + attainment(k.attainmentBefore()) + " → " + attainment(k.attainmentAfter()) + " attained, "
        + state(k.stateBefore()) + (java.util.Objects.equals(k.stateBefore(), k.stateAfter()) ? "" : " → " + state(k.stateAfter()))));
    section("Results and KPIs", results);
    if (c.kpiNote() != null) {
      if (results.isEmpty()) {
        md.append("\n### Results and KPIs\n");
      }
      md.append("\nKPIs are not compared: ").append(text(c.kpiNote())).append(".\n");
    }
    section("New infos", infos.stream().map(ChangesMarkdown::finding).toList());
    section("Resolved findings", c.findings(Status.RESOLVED).stream().map(ChangesMarkdown::finding).toList());
    int unchanged = c.findings(Status.UNCHANGED).size();
    if (unchanged > 0) {
      md.append("\n").append(count(unchanged, "finding")).append(" of the baseline remain").append(unchanged == 1 ? "s" : "")
          .append(" (not listed here).\n");
    }
    md.append("\n_The full comparison is on the site's `changes.html`._\n");
    return md.toString();
  }

  /** {@code : period 2026-09-01 to 2026-10-31; budget EUR 12,000; ...}: what an added entity is, a removed one was. */
  private static String details(EntityChange e) {
    if (e.details().isEmpty()) {
      return "";
    }
    return ": " + String.join("; ", e.details().stream().map(d -> text(d.text())).toList());
  }

  private void section(String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    md.append("\n### ").append(heading).append(" (").append(items.size()).append(")\n\n");
    list(items);
  }

  private void subsection(String heading, List<EntityChange> entities, java.util.function.Function<EntityChange, String> item) {
    if (entities.isEmpty()) {
      return;
    }
    md.append("\n**").append(heading).append(" (").append(entities.size()).append(")**");
    // Per kind first, so the count survives a list cut at the size limit.
    java.util.Map<String, Integer> kinds = new java.util.LinkedHashMap<>();
    entities.forEach(e -> kinds.merge(e.kind(), 1, Integer::sum));
    if (kinds.size() > 1) {
      List<String> parts = new ArrayList<>();
      kinds.forEach((k, n) -> parts.add(n + " " + plural(k, n)));
      md.append(": ").append(String.join(", ", parts));
    }
    md.append("\n\n");
    list(entities.stream().map(item).toList());
  }

  /** {@code activity}, {@code activities}. */
  static String plural(String kind, int n) {
    if (n == 1) {
      return kind;
    }
    return kind.endsWith("y") ? kind.substring(0, kind.length() - 1) + "ies" : kind + "s";
  }

  private void list(List<String> items) {
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      if (item.length() > LINE_LIMIT) {
        int cut = Character.isHighSurrogate(item.charAt(LINE_LIMIT - 1)) ? LINE_LIMIT - 1 : LINE_LIMIT;
        item = item.substring(0, cut) + " …";
      }
      String line = "- " + item + "\n";
      if (md.length() + line.length() > LIMIT - RESERVE) {
        md.append("- … and ").append(items.size() - i).append(" more (this comment is at its size limit; see `changes.html`)\n");
        return;
      }
      md.append(line);
    }
  }

  private static String finding(Snapshot.Finding f) {
    String where = f.file() == null ? "" : code(f.file() + ":" + f.line() + ":" + f.column()) + " ";
    return where + code(f.rule()) + ": " + text(f.fullMessage());
  }

  private static String title(String title) {
    return title == null || title.isBlank() ? "" : " (" + text(title) + ")";
  }

  /** Plan text made inert in Markdown: no formatting, links, HTML or @-mentions of its own. */
  static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#|~!".indexOf(c) >= 0) {
        b.append('\\').append(c);
      } else if (c == '@') {
        b.append("@\u200B"); // a zero-width space keeps "@team" from notifying anyone
      } else if (c == '\n' || c == '\r' || c == '\t') {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** An id or path in a code span; a backtick inside would end it early. */
  static String code(String s) {
    return "`" + (s == null ? "" : s.replace('`', '\'').replace('\n', ' ')) + "`";
  }

  private static String count(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String signed(int n) {
    return (n > 0 ? "+" : "") + Format.count(n);
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
