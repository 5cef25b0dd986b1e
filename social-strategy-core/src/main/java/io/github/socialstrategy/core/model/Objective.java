package io.github.socialstrategy.core.model;

import java.util.List;

/** A business objective that strategies serve. */
public record Objective(
    String id,
    String title,
    Ref pillar,
    String owner,
    Priority priority,
    List<String> tags,
    List<Kpi> kpis,
    String description,
    Source source) {

  public Objective {
    tags = List.copyOf(tags);
    kpis = List.copyOf(kpis);
  }
}
