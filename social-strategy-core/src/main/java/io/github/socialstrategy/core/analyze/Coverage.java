package io.github.socialstrategy.core.analyze;

import java.util.List;
import java.util.Map;

/**
 * Framework coverage: for each goal and channel, how many activities work toward the goal on the channel
 * and how many planned hours go there (an activity's hours split equally over its goal and channel pairs).
 *
 * @param channelIds the columns: every channel in plan order, then {@link #NO_CHANNEL} for internal work
 * @param cells goal id to channel id to cell; absent cells are empty
 * @param activitiesByGoal goal id to the number of distinct activities working toward it
 */
public record Coverage(List<String> channelIds, Map<String, Map<String, Cell>> cells, Map<String, Integer> activitiesByGoal) {

  /** The column of activities that use no channel. */
  public static final String NO_CHANNEL = "";

  /** One goal-channel pair. */
  public record Cell(int activities, double hours) {}

  public Cell cell(String goalId, String channelId) {
    return cells.getOrDefault(goalId, Map.of()).getOrDefault(channelId, new Cell(0, 0));
  }

  /** How many distinct activities work toward a goal, on any channel. */
  public int activitiesOfGoal(String goalId) {
    return activitiesByGoal.getOrDefault(goalId, 0);
  }
}
