package io.github.socialstrategy.core.render.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link TraceDiagram} written directly as SVG text, no AWT involved.
 *
 * <p>Three columns of rounded boxes: objectives, strategies, activities, each in the order given and
 * spread evenly over the height, which is {@value #ROW} px per box of the longest column (so 200
 * strategies make a tall diagram the page scrolls through, not a small one to zoom into). The width is
 * fixed at {@value #WIDTH} px with a {@code viewBox}. Labels wrap to two lines with an ellipsis; the
 * full label is the box's {@code <title>} (a hover tooltip and its accessible name). Boxes with an
 * href are links. Serve and implement links are smooth curves between columns; influences are dashed
 * arrows looping out from the left side of the strategy column.
 *
 * <p>Colours come from CSS classes in the SVG's own {@code <style>}, scoped to the diagram's id so they
 * don't leak into the page, with {@code prefers-color-scheme: dark} rules. Output is deterministic.
 */
public final class SvgTraceDiagram implements TraceDiagram {

  static final int WIDTH = 1100;
  static final int ROW = 44;
  static final int BOX_HEIGHT = 36;
  static final int BOX_WIDTH = 272;
  static final int[] COLUMN_X = {12, 412, 816};
  static final int TOP = 84;
  static final int BOTTOM = 16;
  static final double FONT = 12;
  private static final String[] COLUMN_CLASS = {"obj", "str", "act"};
  private static final String[] COLUMN_NAME = {"Objectives", "Strategies", "Activities"};
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  /** Where a box was drawn: its left x and vertical centre. */
  private record Place(double x, double y) {}

  @Override
  public Chart draw(
      String idIn,
      List<Node> objectives,
      List<Node> strategies,
      List<Node> activities,
      List<Edge> serves,
      List<Edge> implementsEdges,
      List<Edge> influences) {
    String id = SvgText.safeId(idIn);
    List<List<Node>> columns = List.of(nodes(objectives), nodes(strategies), nodes(activities));
    int rows = Math.max(1, columns.stream().mapToInt(List::size).max().orElse(0));
    int height = TOP + rows * ROW + BOTTOM;

    List<Map<String, Place>> places = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      Map<String, Place> column = new LinkedHashMap<>();
      List<Node> nodes = columns.get(c);
      double pitch = (double) rows * ROW / Math.max(1, nodes.size());
      for (int i = 0; i < nodes.size(); i++) {
        column.putIfAbsent(key(nodes.get(i)), new Place(COLUMN_X[c], TOP + pitch * i + pitch / 2));
      }
      places.add(column);
    }
    Set<Edge> serveSet = edges(serves, places.get(1), places.get(0));
    Set<Edge> implementSet = edges(implementsEdges, places.get(2), places.get(1));
    Set<Edge> influenceSet = edges(influences, places.get(1), places.get(1));

    String title = "Traceability: objectives, strategies and activities";
    String description = describe(columns, serveSet, implementSet, influenceSet);
    StringBuilder svg = new StringBuilder(8192 + rows * 600);
    svg.append("<svg xmlns='http://www.w3.org/2000/svg' id='").append(id)
        .append("' class='trace-diagram' width='").append(WIDTH).append("' height='").append(height)
        .append("' viewBox='0 0 ").append(WIDTH).append(' ').append(height)
        .append("' role='group' aria-labelledby='").append(id).append("-title ").append(id).append("-desc'>")
        .append("<title id='").append(id).append("-title'>").append(SvgText.escape(title)).append("</title>")
        .append("<desc id='").append(id).append("-desc'>").append(SvgText.escape(description)).append("</desc>");
    style(svg, id);
    svg.append("<defs><marker id='").append(id).append("-arrow' viewBox='0 0 10 10' refX='9' refY='5'")
        .append(" markerWidth='7' markerHeight='7' orient='auto-start-reverse'>")
        .append("<path class='ah' d='M0,0L10,5L0,10Z'/></marker></defs>");
    svg.append("<rect class='bg' x='0' y='0' width='").append(WIDTH).append("' height='").append(height).append("'/>");
    legend(svg, id);
    for (int c = 0; c < 3; c++) {
      svg.append("<text class='hd' x='").append(COLUMN_X[c]).append("' y='").append(TOP - 14).append("'>")
          .append(COLUMN_NAME[c]).append(" (").append(columns.get(c).size()).append(")</text>");
    }
    svg.append("<g class='links'>");
    for (Edge e : serveSet) {
      curve(svg, places.get(1).get(e.from()), places.get(0).get(e.to()));
    }
    for (Edge e : implementSet) {
      curve(svg, places.get(2).get(e.from()), places.get(1).get(e.to()));
    }
    svg.append("</g>");
    for (int c = 0; c < 3; c++) {
      svg.append("<g class='").append(COLUMN_CLASS[c]).append("'>");
      for (Node node : columns.get(c)) {
        Place place = places.get(c).get(key(node));
        box(svg, node, place);
      }
      svg.append("</g>");
    }
    svg.append("<g class='inf'>");
    for (Edge e : influenceSet) {
      influence(svg, id, places.get(1).get(e.from()), places.get(1).get(e.to()));
    }
    svg.append("</g></svg>");
    return new Chart(id, title, description, svg.toString(), table(columns, serveSet, implementSet, influenceSet));
  }

  private static List<Node> nodes(List<Node> nodes) {
    return nodes == null ? List.of() : nodes.stream().filter(n -> n != null).toList();
  }

  private static String key(Node node) {
    return node.id() == null ? "" : node.id();
  }

  /** The edges whose ends both exist, without duplicates, in the order given. */
  private static Set<Edge> edges(List<Edge> edges, Map<String, Place> from, Map<String, Place> to) {
    Set<Edge> out = new LinkedHashSet<>();
    if (edges != null) {
      for (Edge e : edges) {
        if (e != null && from.containsKey(e.from()) && to.containsKey(e.to())) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static void style(StringBuilder svg, String id) {
    String s = "#" + id + " ";
    svg.append("<style>")
        .append(s).append("text{font-family:\"DejaVu Sans\",Verdana,sans-serif;font-size:12px;fill:#1F2328}")
        .append(s).append(".bg{fill:#FFFFFF}")
        .append(s).append(".hd{font-size:14px;font-weight:bold}")
        .append(s).append(".lg{fill:#57606A}")
        .append(s).append(".obj rect{fill:#E3EEF8;stroke:#0072B2}")
        .append(s).append(".str rect{fill:#FDF0D5;stroke:#B07A00}")
        .append(s).append(".act rect{fill:#DFF3EC;stroke:#007A5A}")
        .append(s).append("rect.box{stroke-width:1.2}")
        .append(s).append("a:hover rect.box," + s + "a:focus rect.box{stroke-width:2.5}")
        .append(s).append("a:hover text{text-decoration:underline}")
        .append(s).append(".ln{fill:none;stroke:#8C959F;stroke-width:1.2;stroke-opacity:.75}")
        .append(s).append(".far{stroke-opacity:.35}")
        .append(s).append(".inf path,").append(s).append("path.inf{fill:none;stroke:#C0458A;stroke-width:1.6;stroke-dasharray:6 4}")
        .append(s).append(".ah{fill:#C0458A}")
        .append("@media (prefers-color-scheme: dark){")
        .append(s).append("text{fill:#E6EDF3}")
        .append(s).append(".bg{fill:#0D1117}")
        .append(s).append(".lg{fill:#9DA7B3}")
        .append(s).append(".obj rect{fill:#0E2A43;stroke:#56B4E9}")
        .append(s).append(".str rect{fill:#3A2A05;stroke:#E69F00}")
        .append(s).append(".act rect{fill:#0B3327;stroke:#2FC59A}")
        .append(s).append(".ln{stroke:#6E7681}")
        .append(s).append(".inf path,").append(s).append("path.inf{stroke:#E58BC0}")
        .append(s).append(".ah{fill:#E58BC0}")
        .append("}</style>");
  }

  private static void legend(StringBuilder svg, String id) {
    int y = 18;
    svg.append("<g class='legend'>");
    String[] names = {"Objective", "Strategy", "Activity"};
    int x = COLUMN_X[0];
    for (int i = 0; i < 3; i++) {
      svg.append("<g class='").append(COLUMN_CLASS[i]).append("'><rect class='box' x='").append(x)
          .append("' y='").append(y - 10).append("' width='22' height='14' rx='3'/></g>")
          .append("<text class='lg' x='").append(x + 28).append("' y='").append(y + 1).append("'>").append(names[i]).append("</text>");
      x += 120;
    }
    svg.append("<path class='ln' d='M").append(x).append(',').append(y - 3).append("h30'/>")
        .append("<text class='lg' x='").append(x + 38).append("' y='").append(y + 1).append("'>serves / implements</text>");
    x += 200;
    svg.append("<path class='inf' d='M").append(x).append(',').append(y - 3).append("h30' marker-end='url(#")
        .append(id).append("-arrow)'/>")
        .append("<text class='lg' x='").append(x + 40).append("' y='").append(y + 1).append("'>influences</text>");
    svg.append("</g>");
  }

  private static void box(StringBuilder svg, Node node, Place place) {
    String label = SvgText.clean(node.label());
    if (label.isEmpty()) {
      label = SvgText.clean(node.id());
    }
    String href = safeHref(node.href());
    double top = place.y() - BOX_HEIGHT / 2.0;
    svg.append(href == null ? "<g>" : "<a href='" + SvgText.escape(href) + "'>");
    svg.append("<title>").append(SvgText.escape(label)).append("</title>");
    svg.append("<rect class='box' x='").append(n(place.x())).append("' y='").append(n(top))
        .append("' width='").append(BOX_WIDTH).append("' height='").append(BOX_HEIGHT).append("' rx='6'/>");
    List<String> lines = TextWrap.wrap(label, BOX_WIDTH - 16, FONT, 2);
    double first = lines.size() == 1 ? place.y() + 4 : place.y() - 3;
    svg.append("<text x='").append(n(place.x() + 8)).append("' y='").append(n(first)).append("'>");
    for (int i = 0; i < lines.size(); i++) {
      svg.append("<tspan x='").append(n(place.x() + 8)).append("' y='").append(n(first + i * 14)).append("'>")
          .append(SvgText.escape(lines.get(i))).append("</tspan>");
    }
    svg.append("</text>").append(href == null ? "</g>" : "</a>");
  }

  /** A curve from the left side of {@code from} to the right side of {@code to}. */
  private static void curve(StringBuilder svg, Place from, Place to) {
    double x1 = from.x();
    double x2 = to.x() + BOX_WIDTH;
    double mid = (x1 + x2) / 2;
    // Links spanning many rows cross everything in between: drawn fainter so they don't wall off the gap.
    boolean far = Math.abs(from.y() - to.y()) > 8 * ROW;
    svg.append(far ? "<path class='ln far' d='M" : "<path class='ln' d='M").append(n(x1)).append(',').append(n(from.y()))
        .append("C").append(n(mid)).append(',').append(n(from.y())).append(' ')
        .append(n(mid)).append(',').append(n(to.y())).append(' ')
        .append(n(x2)).append(',').append(n(to.y())).append("'/>");
  }

  /** A dashed arrow looping out to the left of the strategy column, longer jumps bulging further. */
  private static void influence(StringBuilder svg, String id, Place from, Place to) {
    if (from.equals(to)) {
      return;
    }
    double y1 = from.y() - 6;
    double y2 = to.y() + (to.y() > from.y() ? -6 : 6);
    double bulge = Math.min(100, 26 + Math.abs(y2 - y1) * 0.3);
    double x = from.x();
    svg.append("<path d='M").append(n(x)).append(',').append(n(y1))
        .append("C").append(n(x - bulge)).append(',').append(n(y1)).append(' ')
        .append(n(x - bulge)).append(',').append(n(y2)).append(' ')
        .append(n(x - 1)).append(',').append(n(y2))
        .append("' marker-end='url(#").append(id).append("-arrow)'/>");
  }

  /** A link target or {@code null}: relative links and http(s) pass, other schemes are dropped. */
  static String safeHref(String href) {
    if (href == null) {
      return null;
    }
    String clean = SvgText.clean(href);
    if (clean.isEmpty()) {
      return null;
    }
    if (SCHEME.matcher(clean).find()) {
      String lower = clean.toLowerCase(Locale.ROOT);
      return lower.startsWith("http:") || lower.startsWith("https:") ? clean : null;
    }
    return clean;
  }

  private static String n(double value) {
    return SvgChartWriter.fixed(value, 1);
  }

  private static String describe(List<List<Node>> columns, Set<Edge> serves, Set<Edge> implementsEdges, Set<Edge> influences) {
    int objectives = columns.get(0).size();
    int strategies = columns.get(1).size();
    int activities = columns.get(2).size();
    if (objectives + strategies + activities == 0) {
      return "There are no objectives, strategies or activities to trace.";
    }
    StringBuilder text = new StringBuilder()
        .append(TimelineChart.plural(strategies, "strategy")).append(" serve ")
        .append(TimelineChart.plural(objectives, "objective")).append(" and are implemented by ")
        .append(TimelineChart.plural(activities, "activity")).append("; ")
        .append(TimelineChart.plural(influences.size(), "influence")).append(" link strategies.");
    List<String> unserved = new ArrayList<>();
    Set<String> served = new LinkedHashSet<>();
    serves.forEach(e -> served.add(e.to()));
    for (Node o : columns.get(0)) {
      if (!served.contains(key(o))) {
        unserved.add(SvgText.clean(o.label()));
      }
    }
    if (!unserved.isEmpty()) {
      text.append(' ').append(unserved.size() == 1 ? "1 objective has" : unserved.size() + " objectives have")
          .append(" no strategy: ").append(BudgetChart.list(unserved)).append('.');
    }
    Set<String> implemented = new LinkedHashSet<>();
    implementsEdges.forEach(e -> implemented.add(e.to()));
    List<String> idle = columns.get(1).stream()
        .filter(s -> !implemented.contains(key(s)))
        .map(s -> SvgText.clean(s.label()))
        .toList();
    if (!idle.isEmpty()) {
      text.append(' ').append(idle.size() == 1 ? "1 strategy has" : idle.size() + " strategies have")
          .append(" no activity: ").append(BudgetChart.list(idle)).append('.');
    }
    return text.toString();
  }

  private static Chart.DataTable table(List<List<Node>> columns, Set<Edge> serves, Set<Edge> implementsEdges, Set<Edge> influences) {
    List<List<String>> rows = new ArrayList<>();
    for (Node s : columns.get(1)) {
      rows.add(List.of(
          SvgText.clean(s.label()),
          join(serves, key(s), true, columns.get(0)),
          join(implementsEdges, key(s), false, columns.get(2)),
          join(influences, key(s), true, columns.get(1))));
    }
    return new Chart.DataTable(List.of("Strategy", "Serves", "Implemented by", "Influences"), rows);
  }

  /** Labels of the nodes linked to {@code id}: edge targets when {@code outgoing}, else sources. */
  private static String join(Set<Edge> edges, String id, boolean outgoing, List<Node> others) {
    Map<String, String> labels = new LinkedHashMap<>();
    others.forEach(n -> labels.putIfAbsent(key(n), SvgText.clean(n.label())));
    List<String> out = new ArrayList<>();
    for (Edge e : edges) {
      if ((outgoing ? e.from() : e.to()).equals(id)) {
        out.add(labels.get(outgoing ? e.to() : e.from()));
      }
    }
    return String.join(", ", out);
  }
}
