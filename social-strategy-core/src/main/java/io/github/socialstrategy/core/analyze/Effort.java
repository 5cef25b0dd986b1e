package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Activity;
import io.github.socialstrategy.core.model.Objective;
import io.github.socialstrategy.core.model.Pillar;
import io.github.socialstrategy.core.model.Plan;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Planned effort as the format defines it: an activity's {@code hoursPerWeek} times the weeks of its
 * schedule, counted toward pillars through the objectives it traces to, split equally among them.
 *
 * @param byActivity planned hours per activity id (activities without {@code hoursPerWeek} count 0)
 * @param byPillar planned hours per pillar id, in framework order (every pillar present)
 * @param total hours counted toward some pillar
 */
public record Effort(Map<String, Double> byActivity, Map<String, Double> byPillar, double total) {

  public static Effort of(Plan plan) {
    Map<String, Double> byActivity = new HashMap<>();
    Map<String, Double> byPillar = new LinkedHashMap<>();
    for (Pillar p : plan.framework().pillars()) {
      byPillar.put(p.id(), 0.0);
    }
    double total = 0;
    for (Activity a : plan.activities().list()) {
      double hours = hours(plan, a);
      byActivity.put(a.id(), hours);
      List<Objective> trace = plan.objectivesOf(a);
      if (hours == 0 || trace.isEmpty()) {
        continue;
      }
      double share = hours / trace.size();
      for (Objective o : trace) {
        Pillar p = plan.pillarOf(o);
        if (p != null) {
          byPillar.merge(p.id(), share, Double::sum);
          total += share;
        }
      }
    }
    return new Effort(Map.copyOf(byActivity), java.util.Collections.unmodifiableMap(byPillar), total);
  }

  /** Planned hours of one activity: hours per week times the weeks from its start to its end. */
  public static double hours(Plan plan, Activity a) {
    if (a.hoursPerWeek() == null) {
      return 0;
    }
    LocalDate start = plan.startOf(a);
    LocalDate end = plan.endOf(a);
    if (start == null || end == null || end.isBefore(start)) {
      return 0;
    }
    double weeks = (end.toEpochDay() - start.toEpochDay() + 1) / 7.0;
    return a.hoursPerWeek() * weeks;
  }

  /** A pillar's share of the total, in percent; 0 when nothing is planned. */
  public double percent(String pillarId) {
    return total == 0 ? 0 : 100.0 * byPillar.getOrDefault(pillarId, 0.0) / total;
  }
}
