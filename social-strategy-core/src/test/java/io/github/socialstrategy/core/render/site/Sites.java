package io.github.socialstrategy.core.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.SocialStrategy;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import io.github.socialstrategy.core.render.theme.Theme;
import io.github.socialstrategy.core.render.theme.ThemeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Renders plans into memory and reads the pages back with jsoup, for the site tests. */
final class Sites {

  /** The sample project's plan, read from the module directory. */
  static final Path SAMPLE = Path.of("..", "sample-project", "src", "strategy");

  /** The seven top pages, in navigation order. */
  static final List<String> TOP_PAGES =
      List.of("index.html", "coverage.html", "traceability.html", "schedule.html", "results.html", "review.html", "diagnostics.html");

  private Sites() {}

  /** A plan directory under {@code src/test/resources/site/}. */
  static Path fixture(String name) {
    return PlanFixture.resource("/site/" + name);
  }

  static CheckResult check(Path planDirectory) {
    try {
      return SocialStrategy.check(Settings.builder(planDirectory).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The site of a plan in the default theme. */
  static MemorySiteOutput render(CheckResult checked) {
    try {
      return render(checked, Theme.load(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MemorySiteOutput render(CheckResult checked, Theme theme) {
    MemorySiteOutput out = new MemorySiteOutput();
    try {
      SocialStrategy.report(checked, theme, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ThemeException e) {
      throw new AssertionError(e.getMessage(), e);
    }
    return out;
  }

  /** A page of the site, parsed; fails when it was not written. */
  static Document page(MemorySiteOutput site, String path) {
    String html = site.text(path);
    assertThat(html).as("page %s", path).isNotNull();
    return Jsoup.parse(html);
  }

  static List<String> htmlPaths(MemorySiteOutput site) {
    return site.files().keySet().stream().filter(p -> p.endsWith(".html")).toList();
  }

  /**
   * The site path a relative URL on the page at {@code pagePath} points to, without its fragment; null
   * for absolute URLs (another site) and for a bare fragment.
   */
  static String target(String pagePath, String url) {
    if (url.startsWith("#")) {
      return null;
    }
    URI resolved = URI.create("https://site.invalid/" + pagePath).resolve(url.trim());
    if (!"site.invalid".equals(resolved.getHost())) {
      return null;
    }
    return resolved.getPath().substring(1);
  }

  /** The site paths that the links ({@code a[href]}) in an element point to, in order. */
  static List<String> targets(String pagePath, Element scope, String css) {
    List<String> out = new ArrayList<>();
    for (Element a : scope.select(css)) {
      out.add(target(pagePath, a.attr("href")));
    }
    return out;
  }

  /** The first element matching a selector; fails when there is none. */
  static Element one(Element scope, String css) {
    Element e = scope.selectFirst(css);
    assertThat(e).as("an element %s", css).isNotNull();
    return e;
  }

  /** The table rows ({@code tbody tr}) of the table in the section labelled by a heading id. */
  static List<Element> rowsOfSection(Document doc, String headingId) {
    Element section = one(doc, "section[aria-labelledby=" + headingId + "]");
    return section.select("table").first() == null ? List.of() : one(section, "table").select("> tbody > tr");
  }

  /** The text of each cell ({@code th} or {@code td}) of a row, empty cells included (unlike {@code eachText}). */
  static List<String> cells(Element row) {
    return row.select("> th, > td").stream().map(Element::text).toList();
  }

  /** {@code 42.3%}: how the site writes a percentage. */
  static String percent(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", v);
  }

  /** {@code 12,345}: how the site writes a rounded count. */
  static String count(double v) {
    return String.format(java.util.Locale.ROOT, "%,.0f", v);
  }

  /** A number as the site writes it ({@code 27,400,000}, {@code 12.29%}, {@code 54.4 min}, {@code EUR 1,000}). */
  static double number(String shown) {
    String s = shown.replace("EUR", "").replace(",", "").replace("%", "").replace("min", "").replace(" h", "").trim();
    return Double.parseDouble(s);
  }
}
