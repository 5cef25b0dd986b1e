package io.github.socialstrategy.core.validate;

import io.github.socialstrategy.core.analyze.Formula;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Metric;
import io.github.socialstrategy.core.model.Plan;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Suggestions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Derived metrics: each formula parses, names existing metrics, and does not refer to itself. */
final class FormulaCheck implements PlanCheck {

  @Override
  public java.util.Set<Rule> rules() {
    return java.util.EnumSet.of(Rule.FORMULA_ERROR);
  }

  @Override
  public void check(Plan plan, io.github.socialstrategy.core.analyze.Figures figures, Diagnostics out) {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (Metric m : plan.metrics().list()) {
      if (!m.isDerived()) {
        continue;
      }
      Location at = m.source().of("formula");
      Formula f;
      try {
        f = Formula.parse(m.formula());
      } catch (Formula.FormulaException e) {
        out.report(
            Rule.FORMULA_ERROR,
            shifted(at, e.offset()),
            "the formula of metric '" + m.id() + "' is not valid: " + e.getMessage());
        continue;
      }
      List<String> targets = new ArrayList<>();
      for (Formula.MetricRef ref : f.references()) {
        if (plan.metrics().contains(ref.id())) {
          targets.add(ref.id());
        } else {
          out.report(
              Rule.FORMULA_ERROR,
              shifted(at, ref.offset()),
              "the formula of metric '" + m.id() + "' names metric '" + ref.id() + "', which does not exist",
              Suggestions.didYouMean(ref.id(), plan.metrics().ids()));
        }
      }
      edges.put(m.id(), targets);
    }
    for (List<String> cycle : cycles(edges)) {
      for (String id : cycle) {
        Metric m = plan.metrics().get(id);
        List<String> path = new ArrayList<>();
        int i = cycle.indexOf(id);
        for (int k = 0; k <= cycle.size(); k++) {
          path.add(cycle.get((i + k) % cycle.size()));
        }
        out.report(
            Rule.FORMULA_ERROR,
            m.source().of("formula"),
            "the formula of metric '" + id + "' refers to itself (" + String.join(" -> ", path)
                + "); compute one of these metrics from recorded results instead");
      }
    }
  }

  // Where a plain one-line formula is written, the problem is this many characters further on.
  private static Location shifted(Location at, int offset) {
    return new Location(at.file(), at.line(), at.column() + offset);
  }

  /**
   * The cycles of the formula graph, one per strongly connected component that contains a cycle, each
   * in traversal order. Tarjan's algorithm, iterative so that a long chain cannot overflow the stack.
   */
  static List<List<String>> cycles(Map<String, List<String>> edges) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    java.util.Set<String> onStack = new java.util.HashSet<>();
    List<List<String>> result = new ArrayList<>();
    int counter = 0;
    for (String root : edges.keySet()) {
      if (index.containsKey(root)) {
        continue;
      }
      Deque<Object[]> work = new ArrayDeque<>(); // {node, next edge position}
      work.push(new Object[] {root, 0});
      index.put(root, counter);
      low.put(root, counter++);
      stack.push(root);
      onStack.add(root);
      while (!work.isEmpty()) {
        Object[] frame = work.peek();
        String v = (String) frame[0];
        List<String> next = edges.getOrDefault(v, List.of());
        int pos = (Integer) frame[1];
        if (pos < next.size()) {
          frame[1] = pos + 1;
          String w = next.get(pos);
          if (!index.containsKey(w)) {
            index.put(w, counter);
            low.put(w, counter++);
            stack.push(w);
            onStack.add(w);
            work.push(new Object[] {w, 0});
          } else if (onStack.contains(w)) {
            low.put(v, Math.min(low.get(v), index.get(w)));
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          String parent = (String) work.peek()[0];
          low.put(parent, Math.min(low.get(parent), low.get(v)));
        }
        if (low.get(v).equals(index.get(v))) {
          List<String> component = new ArrayList<>();
          String w;
          do {
            w = stack.pop();
            onStack.remove(w);
            component.add(0, w);
          } while (!w.equals(v));
          if (component.size() > 1 || edges.getOrDefault(v, List.of()).contains(v)) {
            result.add(component);
          }
        }
      }
    }
    return result;
  }
}
