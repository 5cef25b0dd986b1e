package io.github.socialstrategy.core.model;

import java.util.List;

/**
 * The pillars and goals that objectives and strategies are placed in.
 *
 * @param builtIn whether this is the built-in four-pillar framework rather than the plan's own
 */
public record Framework(String id, String title, List<Pillar> pillars, boolean builtIn, Source source) {

  public Framework {
    pillars = List.copyOf(pillars);
  }
}
