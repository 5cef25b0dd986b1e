package io.github.socialstrategy.core.model;

import java.util.List;

/** A strategy: serves objectives, may reinforce other strategies. */
public record Strategy(
    String id,
    String title,
    List<Ref> serves,
    List<Ref> goals,
    List<Ref> influences,
    List<String> tags,
    String description,
    Source source) {

  public Strategy {
    serves = List.copyOf(serves);
    goals = List.copyOf(goals);
    influences = List.copyOf(influences);
    tags = List.copyOf(tags);
  }
}
