package io.github.socialstrategy.core.render.page;

import java.util.LinkedHashMap;
import java.util.Map;

/** A template model entry: an ordered map built fluently. Templates only ever see maps, lists and plain values. */
public final class Model extends LinkedHashMap<String, Object> {

  private static final long serialVersionUID = 1L;

  public static Model of(Object... keysAndValues) {
    Model m = new Model();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  public Model with(String key, Object value) {
    put(key, value);
    return this;
  }

  /** A link: {@code {href, label}}. */
  public static Model link(String href, String label) {
    return of("href", href, "label", label);
  }

  static Map<String, Object> copy(Map<String, Object> m) {
    return new LinkedHashMap<>(m);
  }
}
