package io.github.socialstrategy.core.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.render.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Headings in descriptions and pages sit below the page's own heading: the text's highest heading becomes the
 * level given, the rest keep their distance, nothing skips a level (NARA's objectives open with {@code ###}).
 */
class MarkdownHeadingsTest {

  private final MarkdownRenderer md = new MarkdownRenderer();

  private Document render(String text, int top) {
    return Jsoup.parseBodyFragment(md.render(text, t -> null, top));
  }

  @Test
  void aDescriptionsHeadingsStartBelowThePageHeading() {
    Document d = render("### Strategy 1.1\n\nText\n\n#### Detail\n", 2);
    assertThat(d.select("h2").eachText()).containsExactly("Strategy 1.1");
    assertThat(d.select("h3").eachText()).containsExactly("Detail");
    assertThat(d.select("h4")).isEmpty();
  }

  @Test
  void aTopLevelHeadingInADescriptionDoesNotMakeASecondPageHeading() {
    Document d = render("# Goals\n\n## One\n", 3);
    assertThat(d.select("h1, h2")).isEmpty();
    assertThat(d.select("h3").eachText()).containsExactly("Goals");
    assertThat(d.select("h4").eachText()).containsExactly("One");
  }

  @Test
  void deepHeadingsStopAtH6AndZeroLeavesThemAlone() {
    assertThat(render("# a\n\n###### f\n", 3).select("h6").eachText()).containsExactly("f");
    assertThat(render("### x\n", 0).select("h3").eachText()).containsExactly("x");
  }
}
