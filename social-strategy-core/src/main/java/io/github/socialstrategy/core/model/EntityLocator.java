package io.github.socialstrategy.core.model;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the entity whose definition holds a place: the objective, strategy, activity, campaign, channel or
 * metric a finding is about. The site links a finding to that entity's page; the comparison with a
 * baseline matches findings by it, so a finding keeps its identity when lines move.
 */
public final class EntityLocator {

  /** An entity by kind ({@code activity}), id and title (the id when it has none). */
  public record Entity(String kind, String id, String title) {}

  private record Start(Source source, Entity entity) {}

  // Per file, entity starts in line order: a place belongs to the last entity starting before it, if it is
  // also before that entity's end (a results section after a channel is not the channel's).
  private final Map<String, TreeMap<Long, Start>> starts = new HashMap<>();

  public EntityLocator(Plan plan) {
    plan.objectives().list().forEach(o -> start(o.source(), "objective", o.id(), o.title()));
    plan.strategies().list().forEach(s -> start(s.source(), "strategy", s.id(), s.title()));
    plan.activities().list().forEach(a -> start(a.source(), "activity", a.id(), a.title()));
    plan.campaigns().list().forEach(c -> start(c.source(), "campaign", c.id(), c.title()));
    plan.channels().list().forEach(c -> start(c.source(), "channel", c.id(), c.title()));
    plan.metrics().list().forEach(m -> start(m.source(), "metric", m.id(), m.title()));
  }

  private void start(Source source, String kind, String id, String title) {
    Location at = source.at();
    if (at.file() == null) {
      return;
    }
    starts
        .computeIfAbsent(at.file().planPath(), k -> new TreeMap<>())
        .put(key(at), new Start(source, new Entity(kind, id, title == null ? id : title)));
  }

  private static long key(Location at) {
    return ((long) at.line() << 20) + at.column();
  }

  /** The entity whose definition holds a place, or null. */
  public Entity at(Location place) {
    if (place == null || place.file() == null) {
      return null;
    }
    TreeMap<Long, Start> inFile = starts.get(place.file().planPath());
    if (inFile == null) {
      return null;
    }
    var e = inFile.floorEntry(key(place));
    return e == null || !e.getValue().source().holds(place) ? null : e.getValue().entity();
  }
}
