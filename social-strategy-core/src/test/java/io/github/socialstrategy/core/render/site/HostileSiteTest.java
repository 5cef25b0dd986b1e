package io.github.socialstrategy.core.render.site;

import static io.github.socialstrategy.core.render.site.Sites.one;
import static io.github.socialstrategy.core.render.site.Sites.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.render.MemorySiteOutput;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A plan written to attack its own site ({@code site/hostile}): script tags and event handlers in titles,
 * owners and Markdown, script-scheme links in any letter case, raw HTML, FreeMarker directives in text,
 * an id that looks like a path. Every page and chart must come out with nothing a browser would run, and
 * every file inside the site.
 */
class HostileSiteTest {

  private static final String EXECUTE = "${\"freemarker.template.utility.Execute\"?new()(\"id\")}";
  private static final String ASSIGN = "<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"id\")}";

  /** Attributes whose value a browser loads or follows as a URL. */
  private static final Set<String> URL_ATTRIBUTES = Set.of(
      "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "cite", "longdesc",
      "manifest", "ping", "content", "codebase", "dynsrc", "lowsrc");

  /** Elements that run, embed or redirect, none of which the site needs. */
  private static final String ACTIVE_ELEMENTS = "script, iframe, frame, frameset, object, embed, applet, form, base, meta[http-equiv], portal";

  private static CheckResult checked;
  private static MemorySiteOutput site;

  @BeforeAll
  static void render() {
    checked = Sites.check(Sites.fixture("hostile"));
    site = Sites.render(checked);
  }

  @Test
  void theHostileTextReachesTheRendererIntact() {
    var plan = checked.plan();
    assertThat(plan.objectives().contains("../../etc")).as("the loader keeps the invalid id").isTrue();
    assertThat(plan.info().title()).contains("<script>alert(1)</script>");
    assertThat(plan.objectives().get("be-evil").title()).isEqualTo(EXECUTE);
    assertThat(plan.objectives().get("be-evil").owner()).isEqualTo(ASSIGN);
    assertThat(plan.pages().list()).hasSize(2);
    assertThat(checked.errors()).as("the invalid id and the broken links are reported").isPositive();
  }

  @Test
  void noPageHasAScriptAnEventHandlerOrAScriptLink() {
    List<String> problems = new ArrayList<>();
    for (String path : Sites.htmlPaths(site)) {
      Document d = Sites.page(site, path);
      d.select(ACTIVE_ELEMENTS).forEach(e -> problems.add(path + ": <" + e.tagName() + ">"));
      for (Element e : d.getAllElements()) {
        for (Attribute a : e.attributes()) {
          String key = a.getKey().toLowerCase(Locale.ROOT);
          if (key.startsWith("on")) {
            problems.add(path + ": " + key + " on <" + e.tagName() + ">");
          }
          if (URL_ATTRIBUTES.contains(key) && scriptScheme(a.getValue())) {
            problems.add(path + ": " + key + "=" + a.getValue());
          }
          if (key.equals("style") && (a.getValue().toLowerCase(Locale.ROOT).contains("javascript:") || a.getValue().contains("expression("))) {
            problems.add(path + ": style=" + a.getValue());
          }
        }
      }
      for (Element link : d.select("link")) {
        assertThat(target(path, link.attr("href"))).as("the only <link> of %s", path).isEqualTo("assets/site.css");
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Whether a URL runs or embeds code once a browser has dropped the spaces and control characters it ignores. */
  private static boolean scriptScheme(String url) {
    String u = url.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
    return u.startsWith("javascript:") || u.startsWith("vbscript:") || u.startsWith("data:") || u.contains("url=javascript:");
  }

  @Test
  void freemarkerDirectivesInPlanTextAreShownAsInertText() {
    Document objective = Sites.page(site, "objectives/be-evil.html");

    assertThat(one(objective, "main h1").text()).isEqualTo(EXECUTE);
    assertThat(one(objective, "dl.facts").text()).contains(ASSIGN);
    assertThat(one(objective, "section.prose").text()).contains(EXECUTE, ASSIGN);
    assertThat(one(Sites.page(site, "activities/evil-activity.html"), "ul.tasks").text()).contains(EXECUTE);
    assertThat(one(Sites.page(site, "index.html"), "section[aria-labelledby=about-h]").text()).contains(EXECUTE, ASSIGN);
    assertThat(one(Sites.page(site, "pages/sub/deeper.html"), "main").text()).contains(ASSIGN);
    for (String path : site.files().keySet()) {
      String text = site.text(path);
      // the id command never ran: its output would start with uid=
      assertThat(text).as(path).doesNotContain("uid=");
      if (path.endsWith(".html")) {
        assertThat(text).as("directive escaped in %s", path).doesNotContain("<#assign");
      }
    }
  }

  @Test
  void rawHtmlInMarkdownIsShownAsTextNeverAsMarkup() {
    Element about = one(Sites.page(site, "index.html"), "section[aria-labelledby=about-h]");

    assertThat(about.text()).contains("<script>alert(1)</script>", "<div onclick=\"alert(1)\">raw html block</div>", "<img src=x onerror=alert(1)>");
    assertThat(about.select("div, img, svg, style, span[style], iframe, form, button, meta, base")).isEmpty();
    assertThat(one(about, "table.md-table").text()).contains("<script>alert(1)</script>");
    Document page = Sites.page(site, "pages/Evil_20Page.html");
    assertThat(one(page, "main h1").text()).isEqualTo("<script>alert(1)</script> page");
    assertThat(page.select("main img")).isEmpty();
  }

  @Test
  void scriptSchemeLinksInMarkdownAreDroppedAndEntityLinksResolved() {
    Element about = one(Sites.page(site, "index.html"), "section[aria-labelledby=about-h]");
    List<String> hrefs = about.select("a[href]").eachAttr("href");

    assertThat(hrefs).containsExactlyInAnyOrder("https://example.com", "objectives/be-evil.html", "objectives/_2e_2e_2f_2e_2e_2fetc.html");
    assertThat(about.text()).contains("mixed case", "vb", "data b64", "entity", "tab", "newline", "reference");
    assertThat(about.select(".broken-link").eachText()).contains("page traversal");
    // a title attribute that tried to break out stays one attribute
    Element titled = one(about, "a[href^=https]");
    assertThat(titled.attributes().asList()).extracting(Attribute::getKey).containsOnly("href", "rel", "title");

    Document deeper = Sites.page(site, "pages/sub/deeper.html");
    assertThat(deeper.select("main a[href]").eachAttr("href")).isEmpty();
    Document evil = Sites.page(site, "pages/Evil_20Page.html");
    assertThat(evil.select("main a.entity-link").eachAttr("href")).containsExactly("../objectives/be-evil.html", "../pages/sub/deeper.html");
  }

  @Test
  void aChannelUrlWithAScriptOrDataSchemeIsNotLinked() {
    for (String path : List.of("channels/evil-channel.html", "channels/data-channel.html")) {
      Document d = Sites.page(site, path);
      assertThat(d.select("main a[href]").eachAttr("href")).as(path).allSatisfy(h -> assertThat(h).doesNotContain("alert"));
    }
  }

  @Test
  void everyChartIsSvgWithoutScriptOrEventHandlers() throws Exception {
    List<String> charts = site.files().keySet().stream().filter(p -> p.startsWith("charts/")).toList();
    assertThat(charts).isNotEmpty().allSatisfy(p -> assertThat(p).endsWith(".svg"));
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    List<String> problems = new ArrayList<>();
    for (String path : charts) {
      String svg = site.text(path);
      assertThat(svg).as(path).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<foreignObject");
      // well-formed XML: the plan's "</text><script>" and "]]>" titles were escaped, not spliced in
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      org.w3c.dom.Document doc = builder.parse(new InputSource(new StringReader(svg)));
      NodeList all = doc.getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        NamedNodeMap attributes = all.item(i).getAttributes();
        for (int j = 0; j < attributes.getLength(); j++) {
          Node a = attributes.item(j);
          String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
          if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
            problems.add(path + ": " + name);
          }
          if ((name.equals("href") || name.equals("src")) && scriptScheme(a.getNodeValue())) {
            problems.add(path + ": " + name + "=" + a.getNodeValue());
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(String.join("\n", charts.stream().map(site::text).toList())).as("the hostile metric title is drawn as text")
        .contains("&lt;/text&gt;&lt;script&gt;");
  }

  @Test
  void theInlineTraceDiagramLinksOnlyInsideTheSite() {
    Element svg = one(Sites.page(site, "traceability.html"), "figure.diagram svg");
    List<String> links = Sites.targets("traceability.html", svg, "a[href]");

    assertThat(links).contains("objectives/_2e_2e_2f_2e_2e_2fetc.html", "strategies/evil-strategy.html", "activities/evil-activity.html");
    assertThat(links).allSatisfy(l -> assertThat(site.files()).containsKey(l));
    assertThat(svg.select("script, foreignobject")).isEmpty();
  }

  @Test
  void noFilePathEscapesTheSiteRoot() {
    Path root = Path.of("/site-root");
    for (String path : site.files().keySet()) {
      assertThat(path).as("a relative site path").doesNotStartWith("/").doesNotContain("\\").doesNotContain("..").doesNotContain("//");
      assertThat(root.resolve(path).normalize().startsWith(root)).as(path).isTrue();
    }
    assertThat(site.files()).containsKeys("objectives/_2e_2e_2f_2e_2e_2fetc.html", "pages/Evil_20Page.html", "pages/sub/deeper.html");
    assertThat(one(Sites.page(site, "objectives/_2e_2e_2f_2e_2e_2fetc.html"), "header.entity-head code").text()).isEqualTo("../../etc");
  }

  @Test
  void everyLinkInsideTheSiteStillResolves() {
    List<String> broken = new ArrayList<>();
    for (String path : Sites.htmlPaths(site)) {
      for (Element e : Sites.page(site, path).select("a[href], img[src]")) {
        String t = target(path, e.hasAttr("src") ? e.attr("src") : e.attr("href"));
        if (t != null && !site.files().containsKey(t)) {
          broken.add(path + " -> " + t);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void planJsonCarriesTheHostileTextAsValidJson() {
    Map<String, Object> root = Json.object(Json.parse(site.text("plan.json")));
    List<Object> objectives = Json.array(root.get("objectives"));

    assertThat(Json.object(objectives.get(0))).containsEntry("id", "../../etc").containsEntry("owner", "<img src=x onerror=alert(1)>");
    assertThat(Json.object(objectives.get(1))).containsEntry("title", EXECUTE);
    assertThat(Json.object(root.get("plan")).get("title")).isEqualTo("<script>alert(1)</script> Evil <img src=x onerror=alert(1)> plan");
  }
}
