package io.github.socialstrategy.core.model;

import java.util.Map;

/**
 * Where an entity and each of its values were written.
 *
 * @param at the start of the entity (its mapping)
 * @param values the place of each key's value, by key
 */
public record Source(Location at, Map<String, Location> values) {

  public Source {
    values = Map.copyOf(values);
  }

  /** The place of a key's value, or of the entity itself when the key is absent. */
  public Location of(String key) {
    return values.getOrDefault(key, at);
  }

  /** Whether the key was written. */
  public boolean has(String key) {
    return values.containsKey(key);
  }
}
