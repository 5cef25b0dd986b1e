package io.github.socialstrategy.core.render.ci;

import io.github.socialstrategy.core.compare.Changes;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code TEST-social-strategy.xml}: JUnit XML as Jenkins and GitLab show it. One test case per rule; a case
 * fails with the findings that fail the build (errors; warnings with {@code failOnWarning}; only new ones
 * with {@code failOnNewOnly} and a baseline); its other findings are in the case's output; a rule set to
 * {@code off} is skipped. So "26 tests, 2 failed" reads true.
 */
public final class JunitReport implements CiReport {

  @Override
  public String id() {
    return "junit";
  }

  @Override
  public String fileName() {
    return "TEST-social-strategy.xml";
  }

  @Override
  public byte[] write(CiInput in) {
    Map<Rule, List<Diagnostic>> failing = new EnumMap<>(Rule.class);
    Map<Rule, List<String>> output = new EnumMap<>(Rule.class);
    List<Changes.Status> statuses = in.statuses();
    List<Diagnostic> all = in.result().diagnostics();
    for (int i = 0; i < all.size(); i++) {
      Diagnostic d = all.get(i);
      if (in.fails(d, statuses.get(i))) {
        failing.computeIfAbsent(d.rule(), k -> new ArrayList<>()).add(d);
      } else {
        String mark = in.hasBaseline() ? " (" + statuses.get(i).keyword() + " since the baseline)" : "";
        output.computeIfAbsent(d.rule(), k -> new ArrayList<>()).add(in.format(d) + mark);
      }
    }
    int tests = Rule.values().length;
    int failures = failing.size();
    int skipped = 0;
    for (Rule r : Rule.values()) {
      skipped += in.severity(r) == Severity.OFF ? 1 : 0;
    }
    String suite = "social-strategy." + in.planId();
    StringBuilder x = new StringBuilder(16 * 1024);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<testsuites name=\"social-strategy\" tests=\"").append(tests).append("\" failures=\"").append(failures)
        .append("\" errors=\"0\" skipped=\"").append(skipped).append("\" time=\"0\">\n");
    x.append("  <testsuite name=\"").append(attr(suite)).append("\" tests=\"").append(tests).append("\" failures=\"")
        .append(failures).append("\" errors=\"0\" skipped=\"").append(skipped).append("\" time=\"0\">\n");
    if (in.hasBaseline()) {
      x.append("    <properties>\n      <property name=\"baseline\" value=\"")
          .append(attr(in.comparison().changes().baseline())).append("\"/>\n    </properties>\n");
    }
    for (Rule r : Rule.values()) {
      x.append("    <testcase name=\"").append(attr(r.id())).append("\" classname=\"").append(attr(suite)).append("\" time=\"0\"");
      List<Diagnostic> fails = failing.getOrDefault(r, List.of());
      List<String> out = output.getOrDefault(r, List.of());
      if (in.severity(r) == Severity.OFF) {
        x.append(">\n      <skipped message=\"the rule is set to off\"/>\n    </testcase>\n");
        continue;
      }
      if (fails.isEmpty() && out.isEmpty()) {
        x.append("/>\n");
        continue;
      }
      x.append(">\n");
      if (!fails.isEmpty()) {
        Diagnostic first = fails.get(0);
        String message = fails.size() == 1 ? in.place(first.location()) + ": " + first.fullMessage()
            : fails.size() + " findings, the first at " + in.place(first.location()) + ": " + first.fullMessage();
        x.append("      <failure type=\"").append(attr(r.id())).append("\" message=\"").append(attr(message)).append("\">");
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : fails) {
          text.append(in.format(d)).append('\n');
        }
        text.append("To fix: ").append(r.fix()).append('\n');
        x.append(text(text.toString())).append("</failure>\n");
      }
      if (!out.isEmpty()) {
        x.append("      <system-out>").append(text(String.join("\n", out) + "\n")).append("</system-out>\n");
      }
      x.append("    </testcase>\n");
    }
    x.append("  </testsuite>\n</testsuites>\n");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Text content: escaped, and without the characters XML 1.0 cannot hold. */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        default -> {
          if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\n' || c == '\t') {
            b.append(c);
          } else if (c == '\r') {
            b.append("&#13;");
          } else {
            b.append('\uFFFD');
          }
        }
      }
    }
    return b.toString();
  }

  static String attr(String s) {
    return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
  }
}
