package io.github.socialstrategy.core.model;

import java.util.List;

/** A pillar of the framework (marketing, service, sales, intelligence in the built-in one). */
public record Pillar(String id, String title, Effect effect, List<Goal> goals, String description, Source source) {

  public Pillar {
    goals = List.copyOf(goals);
  }
}
