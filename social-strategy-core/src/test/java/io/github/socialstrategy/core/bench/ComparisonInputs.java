package io.github.socialstrategy.core.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the inputs of the comparisons in {@code docs/performance.md}, of the same shape as a generated plan:
 *
 * <ul>
 *   <li>{@code oft SIZE DIR}: an OpenFastTrace requirements tree in its Markdown format. Objectives are
 *       {@code feat} items, strategies {@code req} items covering them, activities {@code dsn} items covering
 *       their strategies, and each activity's three tasks {@code impl} items covering it: the trace our
 *       {@code check} follows, with as many items and links, in files of 500 activities.</li>
 *   <li>{@code hugo SIZE DIR}: a Hugo site with one page per activity (20,000 at size L), a page per
 *       objective and strategy, and plain templates of our own that print what our activity pages print:
 *       the frame, the facts, the description, the links up the trace and the tasks.</li>
 * </ul>
 *
 * <p>Nothing of either tool is copied here: only the input formats they document.
 */
public final class ComparisonInputs {

  private ComparisonInputs() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ComparisonInputs oft|hugo S|M|L|XL DIR");
      System.exit(2);
    }
    PlanGenerator.Size size = PlanGenerator.Size.valueOf(args[1].toUpperCase(Locale.ROOT));
    Path dir = Path.of(args[2]);
    int activities = size.activities;
    int objectives = Math.max(4, activities / 200);
    int strategies = Math.max(4, activities / 10);
    switch (args[0]) {
      case "oft" -> oft(dir, objectives, strategies, activities);
      case "hugo" -> hugo(dir, objectives, strategies, activities);
      default -> throw new IllegalArgumentException("oft or hugo, not " + args[0]);
    }
    System.out.printf(Locale.ROOT, "wrote the %s input for %,d activities to %s%n", args[0], activities, dir);
  }

  static void oft(Path dir, int objectives, int strategies, int activities) throws IOException {
    write(dir.resolve("objectives.md"), w -> {
      w.write("# Objectives\n\n");
      for (int o = 1; o <= objectives; o++) {
        w.write("## Objective " + o + "\n`feat~objective-" + o + "~1`\n\nObjective " + o + " of the plan.\n\nNeeds: req\n\n");
      }
    });
    for (int from = 1; from <= strategies; from += 500) {
      int first = from;
      write(dir.resolve(String.format(Locale.ROOT, "strategies/strategies-%03d.md", (from - 1) / 500 + 1)), w -> {
        w.write("# Strategies\n\n");
        for (int s = first; s < first + 500 && s <= strategies; s++) {
          int objective = (s - 1) % objectives + 1;
          w.write("## Strategy " + s + "\n`req~strategy-" + s + "~1`\n\nStrategy " + s + ".\n\nCovers:\n\n* feat~objective-" + objective + "~1\n");
          if (s % 5 == 0) {
            w.write("* feat~objective-" + ((objective + objectives / 2 - 1) % objectives + 1) + "~1\n");
          }
          w.write("\nNeeds: dsn\n\n");
        }
      });
    }
    for (int from = 1; from <= activities; from += 500) {
      int first = from;
      write(dir.resolve(String.format(Locale.ROOT, "activities/activities-%03d.md", (from - 1) / 500 + 1)), w -> {
        w.write("# Activities\n\n");
        for (int a = first; a < first + 500 && a <= activities; a++) {
          int strategy = (a - 1) % strategies + 1;
          w.write("## Activity " + a + "\n`dsn~activity-" + a + "~1`\n\nCarries out strategy " + strategy + " on its channel.\n\nCovers:\n\n"
              + "* req~strategy-" + strategy + "~1\n");
          if (a % 7 == 0) {
            w.write("* req~strategy-" + (strategy % strategies + 1) + "~1\n");
          }
          w.write("\nNeeds: impl\n\n");
          for (int t = 1; t <= 3; t++) {
            w.write("### Task " + t + " of activity " + a + "\n`impl~activity-" + a + "-task-" + t + "~1`\n\nTask " + t + ".\n\n"
                + "Covers:\n\n* dsn~activity-" + a + "~1\n\n");
          }
        }
      });
    }
  }

  static void hugo(Path dir, int objectives, int strategies, int activities) throws IOException {
    write(dir.resolve("hugo.toml"), w -> w.write("""
        baseURL = "https://example.org/"
        title = "Generated plan"
        disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
        relativeURLs = true
        uglyURLs = true
        """));
    write(dir.resolve("layouts/_default/baseof.html"), w -> w.write("""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title><link rel="stylesheet" href="{{ "site.css" | relURL }}"></head>
        <body>
        <header><a href="{{ "index.html" | relURL }}">{{ site.Title }}</a>
        <nav><ul><li>Dashboard</li><li>Coverage</li><li>Traceability</li><li>Schedule</li><li>Results</li><li>Diagnostics</li></ul></nav></header>
        <main>{{ block "main" . }}{{ end }}</main>
        <footer><p>Plan generated-plan · 2026-01-01 to 2026-12-31</p></footer>
        </body>
        </html>
        """));
    write(dir.resolve("layouts/_default/single.html"), w -> w.write("""
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <dl>{{ range $k, $v := .Params.facts }}<dt>{{ $k }}</dt><dd>{{ $v }}</dd>{{ end }}</dl>
        <section>{{ .Content }}</section>
        {{ with .Params.up }}<h2>Traces to</h2><ul>{{ range . }}<li><a href="{{ (printf "/%s.html" .) | relURL }}">{{ . }}</a></li>{{ end }}</ul>{{ end }}
        {{ with .Params.tasks }}<h2>Tasks</h2><table><tr><th>Task</th><th>Due</th><th>Done</th></tr>{{ range . }}<tr><td>{{ .title }}</td><td>{{ .due }}</td><td>{{ .done }}</td></tr>{{ end }}</table>{{ end }}
        {{ end }}
        """));
    write(dir.resolve("layouts/_default/list.html"), w -> w.write("""
        {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
        """));
    write(dir.resolve("static/site.css"), w -> w.write("body { font-family: sans-serif; }\n"));
    write(dir.resolve("content/_index.md"), w -> w.write("---\ntitle: Dashboard\n---\n"));
    for (int o = 1; o <= objectives; o++) {
      int objective = o;
      write(dir.resolve("content/objectives/objective-" + o + ".md"), w -> w.write(
          "---\ntitle: Objective " + objective + "\nfacts: { pillar: marketing, owner: Owner 1 }\n---\nObjective " + objective + ".\n"));
    }
    for (int s = 1; s <= strategies; s++) {
      int objective = (s - 1) % objectives + 1;
      int strategy = s;
      write(dir.resolve("content/strategies/strategy-" + s + ".md"), w -> w.write(
          "---\ntitle: Strategy " + strategy + "\nup: [objectives/objective-" + objective + "]\n---\nStrategy " + strategy + ".\n"));
    }
    for (int a = 1; a <= activities; a++) {
      int strategy = (a - 1) % strategies + 1;
      int activity = a;
      write(dir.resolve("content/activities/activity-" + a + ".md"), w -> {
        w.write("---\ntitle: Activity " + activity + "\nfacts: { status: active, owner: Team 1, cadence: weekly, budget: EUR 1000 }\n");
        w.write("up: [strategies/strategy-" + strategy + "]\ntasks:\n");
        for (int t = 1; t <= 3; t++) {
          w.write("  - { title: Task " + t + " of activity " + activity + ", due: 2026-0" + (t + 3) + "-01, done: " + (t == 1) + " }\n");
        }
        w.write("---\nCarries out [strategy " + strategy + "](../strategies/strategy-" + strategy + ".html) on its channel.\n"
            + "Weekly notes go to the team's board.\n");
      });
    }
  }

  private interface Body {
    void write(Writer w) throws IOException;
  }

  private static void write(Path file, Body body) throws IOException {
    Files.createDirectories(file.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.write(w);
    }
  }
}
