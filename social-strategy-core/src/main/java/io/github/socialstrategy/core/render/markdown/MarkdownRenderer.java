package io.github.socialstrategy.core.render.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns plan Markdown into safe HTML: GitHub tables, autolinks and strikethrough; raw HTML escaped, never
 * passed through; entity links ({@code strategy:ID}) pointed at the entity's page; and the result cleaned
 * with an allow-list (jsoup), which drops {@code javascript:}, {@code vbscript:} and {@code data:} links in
 * any letter case along with every attribute that could run code. Thread-safe.
 */
public final class MarkdownRenderer {

  private static final Pattern ENTITY = Pattern.compile("^(objective|strategy|activity|campaign|channel|metric|page):(.*)$");

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Safelist safelist;

  public MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    // Flexmark's own list is case-sensitive; the allow-list below is the real guard, this is a second one.
    options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data|file):.*");
    options.set(TablesExtension.CLASS_NAME, "md-table");
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
    this.safelist =
        Safelist.relaxed()
            .removeTags("img")
            .addAttributes("table", "class")
            .addAttributes("a", "class", "rel")
            // the renderer's own marker for an entity link that names nothing (raw HTML is escaped, so plan
            // text cannot make one); without it the link's text would show as plain text
            .addTags("span")
            .addAttributes("span", "class")
            .addAttributes(":all", "title")
            .addTags("del", "s")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);
  }

  /**
   * Renders Markdown to an HTML fragment.
   *
   * @param entityLink maps an entity link ({@code strategy:ID}) to the relative URL of its page, or to null
   *     when it names nothing (the link is then shown as plain text)
   */
  public String render(String markdown, Function<String, String> entityLink) {
    return render(markdown, entityLink, 0);
  }

  /**
   * Renders Markdown to an HTML fragment whose headings start at level {@code topHeading}: the text's highest
   * heading becomes that level and the others keep their distance to it (capped at h6), so a description's
   * {@code # Goals} under a page's own {@code h1} does not make a second {@code h1}, and nothing skips a level.
   * 0 leaves the headings as written.
   */
  public String render(String markdown, Function<String, String> entityLink, int topHeading) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String html = renderer.render(parser.parse(markdown));
    Document dirty = Jsoup.parseBodyFragment(html, "https://site.invalid/");
    if (topHeading > 0) {
      shiftHeadings(dirty, topHeading);
    }
    for (Element a : dirty.select("a[href]")) {
      String href = a.attr("href").trim();
      var m = ENTITY.matcher(href);
      if (m.matches()) {
        String url = entityLink.apply(m.group(1) + ":" + m.group(2));
        if (url == null) {
          a.replaceWith(new Element("span").addClass("broken-link").text(a.text()));
        } else {
          a.attr("href", url);
          a.addClass("entity-link");
        }
      } else if (href.toLowerCase(Locale.ROOT).startsWith("http://") || href.toLowerCase(Locale.ROOT).startsWith("https://")) {
        a.attr("rel", "noopener noreferrer");
      }
    }
    Document clean = new Cleaner(safelist).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }

  private static void shiftHeadings(Document doc, int top) {
    var headings = doc.select("h1, h2, h3, h4, h5, h6");
    int highest = 7;
    for (Element h : headings) {
      highest = Math.min(highest, h.tagName().charAt(1) - '0');
    }
    int shift = top - highest;
    if (headings.isEmpty() || shift == 0) {
      return;
    }
    for (Element h : headings) {
      int level = Math.max(1, Math.min(6, h.tagName().charAt(1) - '0' + shift));
      h.tagName("h" + level);
    }
  }
}
