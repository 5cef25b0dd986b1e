package io.github.socialstrategy.core.model;

import java.util.Map;

/**
 * Where an entity and each of its values were written.
 *
 * @param at the start of the entity (its mapping)
 * @param values the place of each key's value, by key
 * @param end where the entity's text ends (exclusive), or null when not known
 */
public record Source(Location at, Map<String, Location> values, Location end) {

  public Source {
    values = Map.copyOf(values);
  }

  /** A source whose end is not known. */
  public Source(Location at, Map<String, Location> values) {
    this(at, values, null);
  }

  /**
   * Whether a place lies within the entity's text: in its file, from its start up to its end (any place
   * after the start when the end is not known). A finding at such a place is about this entity.
   */
  public boolean holds(Location place) {
    if (place.file() == null || !place.file().equals(at.file()) || place.compareTo(at) < 0) {
      return false;
    }
    return end == null || place.compareTo(end) < 0;
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
