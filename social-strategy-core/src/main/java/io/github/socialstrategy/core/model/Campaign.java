package io.github.socialstrategy.core.model;

import java.util.List;

/** A campaign: a period in which activities work toward intended objectives. */
public record Campaign(
    String id,
    String title,
    Period period,
    List<Ref> intent,
    List<Ref> activities,
    Double budget,
    List<String> tags,
    String description,
    Source source) {

  public Campaign {
    intent = List.copyOf(intent);
    activities = List.copyOf(activities);
    tags = List.copyOf(tags);
  }
}
