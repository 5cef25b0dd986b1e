package io.github.socialstrategy.core.model;

import java.util.List;

/**
 * A broad task activity: implements strategies on channels.
 *
 * @param goals the goals it names, or null when it takes its strategies' goals
 * @param schedule when it runs, or null for the whole plan period
 * @param hoursPerWeek planned effort, or null
 * @param budget planned spend in the plan currency, or null
 */
public record Activity(
    String id,
    String title,
    List<Ref> implementsRefs,
    List<Ref> channels,
    List<Ref> goals,
    String owner,
    Status status,
    Schedule schedule,
    Double hoursPerWeek,
    Double budget,
    List<Task> tasks,
    List<String> tags,
    String description,
    Source source) {

  public Activity {
    implementsRefs = List.copyOf(implementsRefs);
    channels = List.copyOf(channels);
    goals = goals == null ? null : List.copyOf(goals);
    tasks = List.copyOf(tasks);
    tags = List.copyOf(tags);
  }
}
