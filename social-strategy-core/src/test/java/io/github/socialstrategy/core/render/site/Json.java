package io.github.socialstrategy.core.render.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict little JSON reader for checking {@code plan.json}: objects become {@link LinkedHashMap}s (so
 * key order can be asserted), arrays lists, numbers doubles. Throws on anything that is not JSON,
 * including trailing text and duplicate keys.
 */
final class Json {

  private final String s;
  private int i;

  private Json(String s) {
    this.s = s;
  }

  static Object parse(String text) {
    Json j = new Json(text);
    Object v = j.value();
    j.ws();
    if (j.i != text.length()) {
      throw j.fail("trailing text");
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object v) {
    return (Map<String, Object>) v;
  }

  @SuppressWarnings("unchecked")
  static List<Object> array(Object v) {
    return (List<Object>) v;
  }

  private Object value() {
    ws();
    if (i >= s.length()) {
      throw fail("unexpected end");
    }
    char c = s.charAt(i);
    return switch (c) {
      case '{' -> obj();
      case '[' -> arr();
      case '"' -> str();
      case 't' -> word("true", Boolean.TRUE);
      case 'f' -> word("false", Boolean.FALSE);
      case 'n' -> word("null", null);
      default -> num();
    };
  }

  private Map<String, Object> obj() {
    Map<String, Object> m = new LinkedHashMap<>();
    i++;
    ws();
    if (peek() == '}') {
      i++;
      return m;
    }
    while (true) {
      ws();
      if (peek() != '"') {
        throw fail("expected a key");
      }
      String k = str();
      ws();
      expect(':');
      if (m.containsKey(k)) {
        throw fail("duplicate key " + k);
      }
      m.put(k, value());
      ws();
      if (peek() == ',') {
        i++;
      } else {
        expect('}');
        return m;
      }
    }
  }

  private List<Object> arr() {
    List<Object> l = new ArrayList<>();
    i++;
    ws();
    if (peek() == ']') {
      i++;
      return l;
    }
    while (true) {
      l.add(value());
      ws();
      if (peek() == ',') {
        i++;
      } else {
        expect(']');
        return l;
      }
    }
  }

  private String str() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw fail("unterminated string");
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return b.toString();
      }
      if (c < 0x20) {
        throw fail("raw control character in a string");
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> {
          b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
        }
        default -> throw fail("bad escape \\" + e);
      }
    }
  }

  private Double num() {
    int start = i;
    if (peek() == '-') {
      i++;
    }
    while (i < s.length() && "0123456789.eE+-".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    String n = s.substring(start, i);
    if (!n.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      throw fail("not a JSON number: '" + n + "'");
    }
    return Double.parseDouble(n);
  }

  private Object word(String w, Object v) {
    if (!s.startsWith(w, i)) {
      throw fail("expected " + w);
    }
    i += w.length();
    return v;
  }

  private void ws() {
    while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
  }

  private char peek() {
    return i < s.length() ? s.charAt(i) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw fail("expected '" + c + "'");
    }
    i++;
  }

  private IllegalArgumentException fail(String why) {
    return new IllegalArgumentException("not JSON at offset " + i + ": " + why);
  }
}
