package io.github.socialstrategy.core.schema;

import java.util.List;
import java.util.Map;

/** Writes a tree of maps, lists, strings, numbers and booleans as indented JSON, keys in insertion order. */
final class JsonText {

  private JsonText() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder(32 * 1024);
    write(value, out, 0);
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Double d) {
      // Whole numbers without a fraction (1000000000000000, not 1.0E15): the same text on every JVM.
      out.append(d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString());
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(first ? "\n" : ",\n");
        first = false;
        indent(out, depth + 1);
        string((String) e.getKey(), out);
        out.append(": ");
        write(e.getValue(), out, depth + 1);
      }
      out.append('\n');
      indent(out, depth);
      out.append('}');
    } else if (value instanceof List<?> list) {
      if (list.stream().allMatch(v -> v == null || v instanceof String || v instanceof Number || v instanceof Boolean)) {
        // Short lists of plain values (enums, required keys) on one line, as people write them.
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          out.append(i == 0 ? "" : ", ");
          write(list.get(i), out, depth);
        }
        out.append(']');
        return;
      }
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "\n" : ",\n");
        indent(out, depth + 1);
        write(list.get(i), out, depth + 1);
      }
      out.append('\n');
      indent(out, depth);
      out.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private static void indent(StringBuilder out, int depth) {
    out.append("  ".repeat(depth));
  }

  private static void string(String s, StringBuilder out) {
    io.github.socialstrategy.core.render.json.JsonStrings.append(s, out);
  }
}
