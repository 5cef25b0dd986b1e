package io.github.socialstrategy.core.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Checks shared by the chart and diagram tests: well-formed, self-contained, accessible SVG. */
final class SvgAssertions {

  static final String SVG_NS = "http://www.w3.org/2000/svg";

  private SvgAssertions() {}

  /** Parses {@code svg} as namespace-aware XML (no DTDs) and returns the document. */
  static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(svg)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg.substring(0, Math.min(500, svg.length())), e);
    }
  }

  /** Every element of the document, in document order. */
  static List<Element> elements(Document doc) {
    List<Element> out = new ArrayList<>();
    collect(doc.getDocumentElement(), out);
    return out;
  }

  private static void collect(Element element, List<Element> out) {
    out.add(element);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        collect(e, out);
      }
    }
  }

  /**
   * The checks every chart and diagram must pass; returns the parsed document.
   *
   * @param role the expected {@code role} of the root
   */
  static Document assertSelfContainedSvg(Chart chart, String role) {
    String svg = chart.svg();
    assertThat(svg).startsWith("<svg");
    assertThat(svg).doesNotContain("<?xml").doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<!DOCTYPE");
    assertThat(svg).doesNotContainIgnoringCase("<image").doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("<foreignObject");
    Document doc = parse(svg);
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+|0(\\.0)? 0(\\.0)? [0-9.]+ [0-9.]+");
    assertThat(root.getAttribute("role")).isEqualTo(role);
    assertThat(root.getAttribute("id")).isEqualTo(chart.id());

    Element title = firstChildElement(root);
    assertThat(title.getLocalName()).isEqualTo("title");
    assertThat(title.getTextContent()).isEqualTo(chart.title());
    Element desc = nextElement(title);
    assertThat(desc.getLocalName()).isEqualTo("desc");
    assertThat(desc.getTextContent()).isEqualTo(chart.description());
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id") + " " + desc.getAttribute("id"));

    for (Element e : elements(doc)) {
      assertThat(e.getLocalName()).isNotIn("script", "image", "foreignObject", "iframe", "use");
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Node a = attributes.item(i);
        String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
        assertThat(name.toLowerCase(java.util.Locale.ROOT)).as("event handler attribute").doesNotStartWith("on");
        if (name.equals("href")) {
          assertThat(a.getNodeValue()).doesNotContain(":");
        }
        if (a.getNodeValue().contains("url(")) {
          assertThat(a.getNodeValue()).as("only local references").doesNotContainPattern("url\\((?!#)");
        }
      }
      String id = e.getAttribute("id");
      if (!id.isEmpty()) {
        assertThat(id).as("ids are prefixed with the chart id").startsWith(chart.id());
      }
    }
    return doc;
  }

  static Element firstChildElement(Element parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        return e;
      }
    }
    throw new AssertionError("no child element in " + parent.getLocalName());
  }

  static Element nextElement(Element element) {
    for (Node next = element.getNextSibling(); next != null; next = next.getNextSibling()) {
      if (next instanceof Element e) {
        return e;
      }
    }
    throw new AssertionError("no element after " + element.getLocalName());
  }

  /** All text drawn as {@code <text>} (JFreeSVG draws rotated text as outlines, which is not here). */
  static String drawnText(Document doc) {
    StringBuilder out = new StringBuilder();
    for (Element e : elements(doc)) {
      if (e.getLocalName().equals("text")) {
        out.append(e.getTextContent()).append('\n');
      }
    }
    return out.toString();
  }
}
