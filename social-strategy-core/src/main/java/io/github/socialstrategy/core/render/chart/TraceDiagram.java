package io.github.socialstrategy.core.render.chart;

import java.util.List;

/**
 * The traceability diagram, drawn directly as SVG: objectives (left) ← strategies (middle) ← activities
 * (right), with strategy-to-objective links, activity-to-strategy links, and {@code influences} between
 * strategies as dashed arcs. Readable at 16 strategies; at 200 it grows in height rather than shrinking.
 */
public interface TraceDiagram {

  /** A box in the diagram; {@code href} is the relative link to the entity page (may be null). */
  record Node(String id, String label, String href) {}

  /** An edge from one node id to another. */
  record Edge(String from, String to) {}

  /**
   * Draws the diagram.
   *
   * @param serves strategy id → objective id
   * @param implementsEdges activity id → strategy id
   * @param influences strategy id → strategy id
   */
  Chart draw(
      String id,
      List<Node> objectives,
      List<Node> strategies,
      List<Node> activities,
      List<Edge> serves,
      List<Edge> implementsEdges,
      List<Edge> influences);
}
