package io.github.socialstrategy.core.render.quality;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The sample project's site, checked as a whole: every page is valid HTML (W3C Nu checker, offline), every
 * internal link and asset reference resolves (fragments too), and nothing is fetched from the network.
 */
class SiteValidationTest {

  private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  /** A scheme such as {@code http:}, {@code mailto:}, {@code data:}: not a path in the site. */
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  /** CSS that makes the browser fetch from elsewhere: {@code url(http://…)}, {@code url(//…)}. */
  private static final Pattern CSS_REMOTE_URL =
      Pattern.compile("url\\(\\s*['\"]?\\s*(?:https?:)?//", Pattern.CASE_INSENSITIVE);

  private static final Pattern CSS_REMOTE_IMPORT =
      Pattern.compile("@import\\s+(?:url\\(\\s*)?['\"]?\\s*(?:https?:)?//", Pattern.CASE_INSENSITIVE);

  /** A {@code url(…)} in CSS, with the reference in group 2. */
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)", Pattern.CASE_INSENSITIVE);

  private static final Pattern CSS_FONT_FACE = Pattern.compile("@font-face", Pattern.CASE_INSENSITIVE);

  private static Path site;
  private static List<Path> pages;
  private static final Map<Path, Document> parsed = new HashMap<>();

  @BeforeAll
  static void renderSampleSite() throws Exception {
    site = SampleSite.directory();
    pages = SampleSite.files(site, ".html");
    assertThat(pages).as("HTML pages in %s", site).isNotEmpty();
  }

  @Test
  void everyPageIsValidHtml() throws Exception {
    Findings findings = new Findings();
    // One checker for all pages: building it (parsing the HTML schema) is what takes seconds.
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
    validator.setUpMainSchema(HTML5_SCHEMA, findings);
    validator.setUpValidatorAndParsers(findings, true, false);

    for (Path page : pages) {
      findings.page = page.toString().replace('\\', '/');
      try {
        validator.checkHtmlFile(site.resolve(page).toFile(), true);
      } catch (SAXParseException e) {
        findings.addOnce(e); // a fatal error stops the page; make sure it is listed
      } catch (SAXException e) {
        findings.errors.add(findings.page + ": " + e.getMessage());
      }
    }

    System.out.printf("Nu HTML checker: %d pages, %d errors, %d warnings%n",
        pages.size(), findings.errors.size(), findings.warnings.size());
    findings.warnings.forEach(w -> System.out.println("  warning " + w));
    assertThat(findings.errors)
        .withFailMessage("Nu HTML checker: %d errors in %s%nDistinct messages (count):%n%s%nAll errors:%n%s%n",
            findings.errors.size(), site, findings.distinct(), String.join(System.lineSeparator(), findings.errors))
        .isEmpty();
  }

  @Test
  void everyInternalLinkAndAssetResolves() {
    List<String> broken = brokenReferences(site, pages);
    assertThat(broken)
        .withFailMessage("internal references that do not resolve:%n%s%n", String.join(System.lineSeparator(), broken))
        .isEmpty();
  }

  @Test
  void nothingIsFetchedFromTheNetwork() {
    List<String> remote = remoteFetches(site, pages);
    assertThat(remote)
        .withFailMessage("the site must work offline; these make the browser fetch from elsewhere:%n%s%n",
            String.join(System.lineSeparator(), remote))
        .isEmpty();
  }

  /** The two checks above must catch what they claim to: a small broken site, made here. */
  @Test
  void theChecksCatchBrokenAndRemoteReferences(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.createDirectories(dir.resolve("assets"));
    Files.writeString(dir.resolve("assets/ok.css"), "body { background: url('../img.svg'); }\ni { background: url(gone.png) }\n", UTF_8);
    Files.writeString(dir.resolve("assets/bad.css"),
        "@import url(\"https://fonts.example/x.css\");\n@font-face { font-family: X; }\nb { background: url(//cdn.example/b.png) }\n", UTF_8);
    Files.writeString(dir.resolve("img.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>", UTF_8);
    Files.writeString(dir.resolve("index.html"), """
        <!doctype html><html lang="en"><head><title>t</title>
        <link rel="stylesheet" href="assets/ok.css"><link rel="stylesheet" href="assets/bad.css">
        <link rel="stylesheet" href="https://cdn.example/x.css"></head><body>
        <h1 id="top">t</h1>
        <a href="#top">ok</a> <a href="sub/page.html#here">ok</a> <a href="https://example.org/">ok</a>
        <a href="mailto:a@example.org">ok</a> <img src="img.svg" alt="">
        <a href="missing.html">1</a> <a href="sub/page.html#nowhere">2</a> <a href="#gone">3</a>
        <a href="/abs.html">4</a> <img src="nope.svg" alt=""> <script src="../outside.js"></script>
        <svg><a href="sub/missing.html"><text>5</text></a><a xlink:href="sub/page.html#also-gone"><text>6</text></a></svg>
        <img src="http://images.example/i.png" alt=""> <script src="//cdn.example/s.js"></script>
        </body></html>
        """, UTF_8);
    Files.writeString(dir.resolve("sub/page.html"), """
        <!doctype html><html lang="en"><head><title>p</title></head><body>
        <p id="here"><a href="../index.html">back</a> <a href="../index.html#top">top</a></p></body></html>
        """, UTF_8);
    List<Path> all = SampleSite.files(dir, ".html");

    List<String> broken = brokenReferences(dir, all);
    assertThat(broken).hasSize(9);
    assertThat(String.join("\n", broken))
        .contains("assets/ok.css:2: url(gone.png)", "missing.html", "#nowhere", "\"gone\"", "/abs.html", "nope.svg", "../outside.js",
            "sub/missing.html", "also-gone");

    List<String> remote = remoteFetches(dir, all);
    assertThat(String.join("\n", remote))
        .contains("https://cdn.example/x.css", "http://images.example/i.png", "//cdn.example/s.js",
            "@import url(\"https://fonts.example", "@font-face", "url(//cdn.example/b.png");
    assertThat(remote).hasSize(6);
  }

  // ---------------------------------------------------------------------------------------------

  /** Every {@code href}, {@code src} and {@code xlink:href} of the pages (inline SVG too) that does not resolve. */
  static List<String> brokenReferences(Path site, List<Path> pages) {
    List<String> broken = new ArrayList<>();
    for (Path page : pages) {
      for (Element el : parse(site, page).getAllElements()) {
        for (Attribute attr : el.attributes()) {
          String key = attr.getKey().toLowerCase(Locale.ROOT);
          if (!key.equals("href") && !key.equals("src") && !key.equals("xlink:href")) {
            continue;
          }
          String problem = checkReference(site, page, attr.getValue());
          if (problem != null) {
            broken.add(where(page, el) + ": <" + el.tagName() + " " + attr.getKey() + "=\"" + attr.getValue() + "\">: " + problem);
          }
        }
      }
    }
    for (Path css : SampleSite.files(site, ".css")) {
      String text;
      try {
        text = Files.readString(site.resolve(css), UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Matcher m = CSS_URL.matcher(text);
      while (m.find()) {
        String ref = m.group(2);
        String problem = ref.startsWith("data:") ? null : checkReference(site, css, ref);
        if (problem != null) {
          int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
          broken.add(css.toString().replace('\\', '/') + ":" + line + ": " + m.group() + ": " + problem);
        }
      }
    }
    return broken;
  }

  /** Everything in the pages and their CSS/SVG assets that makes a browser fetch from another host. */
  static List<String> remoteFetches(Path site, List<Path> pages) {
    List<String> remote = new ArrayList<>();
    for (Path page : pages) {
      for (Element el : parse(site, page).getAllElements()) {
        String tag = el.normalName();
        // Links a reader follows are fine; anything the browser loads by itself is not.
        boolean navigation = tag.equals("a") || tag.equals("area");
        for (Attribute attr : el.attributes()) {
          String key = attr.getKey().toLowerCase(Locale.ROOT);
          boolean loads = key.equals("src") || key.equals("data") || key.equals("poster")
              || (!navigation && (key.equals("href") || key.equals("xlink:href")));
          if (loads && isRemote(attr.getValue())) {
            remote.add(where(page, el) + ": <" + tag + " " + attr.getKey() + "=\"" + attr.getValue() + "\">");
          }
          if (key.equals("srcset")) {
            for (String candidate : attr.getValue().split(",")) {
              if (isRemote(candidate.trim())) {
                remote.add(where(page, el) + ": <" + tag + " srcset=\"" + attr.getValue() + "\">");
              }
            }
          }
          if (key.equals("style")) {
            cssProblems(where(page, el) + ": style attribute", attr.getValue(), remote);
          }
        }
        if (tag.equals("style")) {
          cssProblems(where(page, el) + ": <style>", el.data(), remote);
        }
      }
    }
    List<Path> assets = new ArrayList<>(SampleSite.files(site, ".css"));
    assets.addAll(SampleSite.files(site, ".svg"));
    for (Path asset : assets) {
      try {
        cssProblems(asset.toString().replace('\\', '/'), Files.readString(site.resolve(asset), UTF_8), remote);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return remote;
  }

  // ---------------------------------------------------------------------------------------------

  /** Why a reference from a page does not resolve, or null when it does (or is not internal). */
  private static String checkReference(Path site, Path page, String raw) {
    String value = raw.strip();
    if (value.startsWith("//") || SCHEME.matcher(value).find()) {
      return null; // external (http:, https:, mailto:, …): not a file of the site
    }
    String fragment = null;
    int hash = value.indexOf('#');
    if (hash >= 0) {
      fragment = value.substring(hash + 1);
      value = value.substring(0, hash);
    }
    int query = value.indexOf('?');
    if (query >= 0) {
      value = value.substring(0, query);
    }
    Path target;
    if (value.isEmpty()) {
      target = page;
    } else {
      String path = URLDecoder.decode(value.replace("+", "%2B"), UTF_8);
      if (path.startsWith("/")) {
        return "absolute path: breaks when the site is opened from disk or served from a sub-path";
      }
      Path parent = page.getParent();
      target = (parent == null ? Path.of(path) : parent.resolve(path)).normalize();
      if (target.startsWith("..")) {
        return "points outside the site";
      }
      Path file = site.resolve(target);
      if (Files.isDirectory(file)) {
        target = target.resolve("index.html");
        file = site.resolve(target);
      }
      if (!Files.isRegularFile(file)) {
        return "no such file " + target;
      }
    }
    if (fragment != null && !fragment.isEmpty()) {
      if (!target.getFileName().toString().endsWith(".html")) {
        return null; // a fragment of an SVG or other asset: not checked
      }
      String id = URLDecoder.decode(fragment.replace("+", "%2B"), UTF_8);
      Document doc = parse(site, target);
      if (doc.getElementById(id) == null && doc.select("a[name]").stream().noneMatch(a -> a.attr("name").equals(id))) {
        return "no element with id \"" + id + "\" in " + target;
      }
    }
    return null;
  }

  private static boolean isRemote(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.startsWith("http:") || v.startsWith("https:") || v.startsWith("//");
  }

  private static void cssProblems(String where, String css, List<String> problems) {
    Map<Integer, String> byLine = new TreeMap<>(); // one finding a line: @import url(https:…) is one problem
    for (Pattern p : List.of(CSS_REMOTE_IMPORT, CSS_FONT_FACE, CSS_REMOTE_URL)) {
      Matcher m = p.matcher(css);
      while (m.find()) {
        int line = 1 + (int) css.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        int end = Math.min(css.length(), m.end() + 60);
        byLine.putIfAbsent(line, where + ":" + line + ": " + css.substring(m.start(), end).replaceAll("\\s+", " "));
      }
    }
    problems.addAll(byLine.values());
  }

  private static synchronized Document parse(Path site, Path page) {
    return parsed.computeIfAbsent(site.resolve(page).toAbsolutePath().normalize(), file -> {
      try {
        String html = Files.readString(file, UTF_8);
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String where(Path page, Element el) {
    var start = el.sourceRange().start();
    return page.toString().replace('\\', '/') + (start.lineNumber() > 0 ? ":" + start.lineNumber() : "");
  }

  /** Collects the checker's findings as "page:line:col: message". */
  private static final class Findings implements ErrorHandler {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    String page = "(schema)";

    void addOnce(SAXParseException e) {
      String f = format(e);
      if (!errors.contains(f)) {
        errors.add(f);
      }
    }

    /** Each distinct message once, with how often it occurs: the summary to read first. */
    String distinct() {
      Map<String, Integer> counts = new TreeMap<>();
      for (String error : errors) {
        String message = error.replaceFirst("^[^:]*(:-?\\d+:-?\\d+)?: ", "");
        counts.merge(message, 1, Integer::sum);
      }
      StringBuilder out = new StringBuilder();
      counts.forEach((m, n) -> out.append("  (").append(n).append("x) ").append(m).append(System.lineSeparator()));
      return out.toString();
    }

    private String format(SAXParseException e) {
      return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }

    @Override
    public void warning(SAXParseException e) {
      warnings.add(format(e));
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(format(e));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      errors.add(format(e));
    }
  }
}
