package io.github.socialstrategy.core.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgTraceDiagramTest {

  private final SvgTraceDiagram diagram = new SvgTraceDiagram();

  @Test
  void sixteenStrategiesRenderAsLinkedBoxes() {
    Chart chart = SampleData.diagram(16);
    Document doc = SvgAssertions.assertSelfContainedSvg(chart, "group");
    Element root = doc.getDocumentElement();
    assertThat(root.getAttribute("width")).isEqualTo("1100");
    assertThat(root.getAttribute("height")).isEqualTo(String.valueOf(SvgTraceDiagram.TOP + 29 * SvgTraceDiagram.ROW + SvgTraceDiagram.BOTTOM));
    List<Element> elements = SvgAssertions.elements(doc);
    // 4 objectives + 16 strategies + 29 activities, of which every fifth activity has no page.
    long links = elements.stream().filter(e -> e.getLocalName().equals("a")).count();
    assertThat(links).isEqualTo(4 + 16 + 29 - 5);
    assertThat(elements.stream().filter(e -> e.getLocalName().equals("a")).map(e -> e.getAttribute("href")))
        .contains("../objectives/o0.html", "strategies/s15.html", "activities/a0.html")
        .doesNotContain("activities/a4.html");
    assertThat(elements.stream().filter(e -> e.getLocalName().equals("rect") && e.getAttribute("class").equals("box")).count())
        .isEqualTo(4 + 16 + 29 + 3);
    assertThat(chart.description()).isEqualTo("16 strategies serve 4 objectives and are implemented by 29 activities;"
        + " 4 influences link strategies. 1 strategy has no activity: Strategy 15 monthly newsletter for outdoor fans.");
    assertThat(chart.table().headers()).containsExactly("Strategy", "Serves", "Implemented by", "Influences");
    assertThat(chart.table().rows()).hasSize(16);
    assertThat(chart.table().rows().get(0).get(1)).isEqualTo(
        "Objective 0: Awareness up 15% by year end, Objective 1: Engagement up 15% by year end");
    assertThat(chart.table().rows().get(1).get(3)).startsWith("Strategy 3 ");
  }

  @Test
  void influencesAreDashedArrowsAndLinksAreCurves() {
    Chart chart = SampleData.diagram(16);
    Document doc = SvgAssertions.parse(chart.svg());
    List<Element> elements = SvgAssertions.elements(doc);
    Element influences = elements.stream().filter(e -> e.getAttribute("class").equals("inf") && e.getLocalName().equals("g")).findFirst().orElseThrow();
    List<Element> arcs = SvgAssertions.elements(doc).stream().filter(e -> e.getParentNode() == influences).toList();
    assertThat(arcs).hasSize(4).allSatisfy(arc -> {
      assertThat(arc.getLocalName()).isEqualTo("path");
      assertThat(arc.getAttribute("d")).contains("C");
      assertThat(arc.getAttribute("marker-end")).isEqualTo("url(#trace-16-arrow)");
    });
    assertThat(chart.svg()).contains("<marker id='trace-16-arrow'").contains("stroke-dasharray:6 4");
    long curves = elements.stream().filter(e -> e.getAttribute("class").startsWith("ln") && e.getAttribute("d").contains("C")).count();
    // 16 home objectives, 6 second ones, 1 distinct far one (SampleData.diagram), 29 activities.
    assertThat(curves).as("serve and implement links").isEqualTo(16 + 6 + 1 + 29);
  }

  @Test
  void twoHundredStrategiesGrowTallNotSmall() {
    Chart chart = SampleData.diagram(200);
    Document doc = SvgAssertions.assertSelfContainedSvg(chart, "group");
    int activities = 200 * 2 - 3;
    assertThat(doc.getDocumentElement().getAttribute("height"))
        .isEqualTo(String.valueOf(SvgTraceDiagram.TOP + activities * SvgTraceDiagram.ROW + SvgTraceDiagram.BOTTOM));
    assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 1100 " + doc.getDocumentElement().getAttribute("height"));
    assertThat(chart.svg()).contains("font-size:12px");
  }

  @Test
  void hostileLabelsIdsAndHrefsAreEscapedOrDropped() {
    String script = "<script>alert(1)</script>";
    List<TraceDiagram.Node> objectives = List.of(
        new TraceDiagram.Node("o", script, "objectives/o.html?a=1&b=\"2\"' onmouseover='x"),
        new TraceDiagram.Node("p", "\" onload=\"x", "javascript:alert(1)"),
        new TraceDiagram.Node("q", "data", " JaVaScRiPt:alert(1)"));
    List<TraceDiagram.Node> strategies = List.of(new TraceDiagram.Node("s", "bell\u0007 & <b>", "data:text/html,x"));
    List<TraceDiagram.Node> activities = List.of(new TraceDiagram.Node("a", null, null));
    Chart chart = diagram.draw("d' onload='x", objectives, strategies, activities,
        List.of(new TraceDiagram.Edge("s", "o")), List.of(new TraceDiagram.Edge("a", "s")), List.of());
    Document doc = SvgAssertions.assertSelfContainedSvg(chart, "group");
    assertThat(chart.id()).isEqualTo("d--onload--x");
    assertThat(chart.svg()).doesNotContain("\" onload=\"x").doesNotContain("' onmouseover='").doesNotContain("\u0007")
        .doesNotContainIgnoringCase("javascript:").doesNotContain("data:");
    List<Element> links = SvgAssertions.elements(doc).stream().filter(e -> e.getLocalName().equals("a")).toList();
    assertThat(links).hasSize(1);
    assertThat(links.get(0).getAttribute("href")).isEqualTo("objectives/o.html?a=1&b=\"2\"' onmouseover='x");
    String titles = SvgAssertions.elements(doc).stream().filter(e -> e.getLocalName().equals("title")).map(Element::getTextContent).toList().toString();
    assertThat(titles).contains(script, "\" onload=\"x", "bell & <b>", ", a]");
  }

  @Test
  void longLabelsWrapToTwoLinesWithTheFullLabelAsTitle() {
    String label = "Grow online revenue from the web shop and marketplaces by fifteen percent before the end of the year";
    Chart chart = diagram.draw("long", List.of(new TraceDiagram.Node("o", label, null)), List.of(), List.of(), List.of(), List.of(), List.of());
    Document doc = SvgAssertions.parse(chart.svg());
    List<Element> spans = SvgAssertions.elements(doc).stream().filter(e -> e.getLocalName().equals("tspan")).toList();
    assertThat(spans).hasSize(2);
    assertThat(spans.get(1).getTextContent()).endsWith("\u2026");
    assertThat(TextWrap.width(spans.get(0).getTextContent(), 12)).isLessThanOrEqualTo(SvgTraceDiagram.BOX_WIDTH - 16);
    assertThat(chart.svg()).contains("<title>" + label + "</title>");
    assertThat(chart.description()).contains("1 objective has no strategy: " + label);
  }

  @Test
  void styleIsScopedToTheDiagramAndHasDarkRules() {
    Chart chart = SampleData.diagram(16);
    String css = chart.svg().substring(chart.svg().indexOf("<style>") + 7, chart.svg().indexOf("</style>"));
    assertThat(css).contains("@media (prefers-color-scheme: dark)");
    String rules = css.replace("@media (prefers-color-scheme: dark){", "").replace("}}", "}");
    for (String rule : rules.split("}")) {
      for (String selector : rule.substring(0, rule.indexOf('{')).split(",")) {
        assertThat(selector.strip()).as("scoped selector").startsWith("#trace-16 ");
      }
    }
  }

  @Test
  void unknownEdgesSelfLoopsAndNullsAreIgnored() {
    List<TraceDiagram.Node> strategies = List.of(new TraceDiagram.Node("s", "S", null), new TraceDiagram.Node("t", "T", null));
    Chart chart = diagram.draw(null, null, strategies, null,
        List.of(new TraceDiagram.Edge("s", "nowhere")), null,
        java.util.Arrays.asList(new TraceDiagram.Edge("s", "s"), new TraceDiagram.Edge("s", "t"), new TraceDiagram.Edge("s", "t"), null));
    Document doc = SvgAssertions.assertSelfContainedSvg(chart, "group");
    assertThat(chart.id()).isEqualTo("chart-");
    long arcs = SvgAssertions.elements(doc).stream().filter(e -> e.hasAttribute("marker-end")).count();
    assertThat(arcs).as("one arc plus the legend sample").isEqualTo(2);
    assertThat(chart.table().rows()).containsExactly(List.of("S", "", "", "S, T"), List.of("T", "", "", ""));
  }

  @Test
  void emptyDiagramIsValid() {
    Chart chart = diagram.draw("none", List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    SvgAssertions.assertSelfContainedSvg(chart, "group");
    assertThat(chart.description()).isEqualTo("There are no objectives, strategies or activities to trace.");
  }

  @Test
  void deterministic() {
    String first = SampleData.diagram(40).svg();
    assertThat(SampleData.diagram(40).svg()).isEqualTo(first);
    Locale locale = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(SampleData.diagram(40).svg()).isEqualTo(first);
    } finally {
      Locale.setDefault(locale);
    }
  }
}
