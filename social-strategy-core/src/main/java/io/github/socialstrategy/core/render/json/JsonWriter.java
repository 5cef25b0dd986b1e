package io.github.socialstrategy.core.render.json;


/** A minimal streaming JSON writer: keys in the order written, numbers without locale, strings escaped. */
final class JsonWriter {

  private final StringBuilder out = new StringBuilder(64 * 1024);
  private boolean first = true;
  private int depth;

  JsonWriter beginObject() {
    separator();
    out.append('{');
    depth++;
    first = true;
    return this;
  }

  JsonWriter endObject() {
    depth--;
    newline();
    out.append('}');
    first = false;
    return this;
  }

  JsonWriter beginArray() {
    separator();
    out.append('[');
    depth++;
    first = true;
    return this;
  }

  JsonWriter endArray() {
    depth--;
    newline();
    out.append(']');
    first = false;
    return this;
  }

  JsonWriter name(String name) {
    separator();
    string(name);
    out.append(": ");
    first = true; // the value follows without a separator
    suppressNewline = true;
    return this;
  }

  JsonWriter value(String s) {
    separator();
    if (s == null) {
      out.append("null");
    } else {
      string(s);
    }
    first = false;
    return this;
  }

  JsonWriter value(double d) {
    separator();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      out.append("null");
    } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      out.append((long) d);
    } else {
      // Plain decimal notation, never 1.42527e+06: the shortest text that reads back as the same double.
      out.append(new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString());
    }
    first = false;
    return this;
  }

  JsonWriter value(Double d) {
    return d == null ? nullValue() : value(d.doubleValue());
  }

  JsonWriter value(boolean b) {
    separator();
    out.append(b);
    first = false;
    return this;
  }

  JsonWriter nullValue() {
    separator();
    out.append("null");
    first = false;
    return this;
  }

  JsonWriter field(String name, String v) {
    return name(name).value(v);
  }

  JsonWriter field(String name, double v) {
    return name(name).value(v);
  }

  JsonWriter field(String name, Double v) {
    return name(name).value(v);
  }

  JsonWriter field(String name, boolean v) {
    return name(name).value(v);
  }

  JsonWriter strings(String name, Iterable<String> values) {
    name(name).beginArray();
    for (String v : values) {
      value(v);
    }
    return endArray();
  }

  private boolean suppressNewline;

  private void separator() {
    if (suppressNewline) {
      suppressNewline = false;
      return;
    }
    if (!first) {
      out.append(',');
    }
    if (depth > 0) {
      newline();
    }
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(Math.max(0, depth)));
  }

  private void string(String s) {
    JsonStrings.append(s, out);
  }

  @Override
  public String toString() {
    return out.toString() + "\n";
  }
}
