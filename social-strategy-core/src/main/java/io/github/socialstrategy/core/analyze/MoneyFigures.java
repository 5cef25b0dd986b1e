package io.github.socialstrategy.core.analyze;

import java.util.Map;

/**
 * Money by activity, channel, campaign, strategy, objective and pillar (ids to {@link Money}), and for the
 * whole plan. Each roll-up follows the trace: an activity's money is split equally over its strategies,
 * over the objectives it traces to (and so their pillars), and over its channels.
 */
public record MoneyFigures(
    Map<String, Money> byActivity,
    Map<String, Money> byChannel,
    Map<String, Money> byCampaign,
    Map<String, Money> byStrategy,
    Map<String, Money> byObjective,
    Map<String, Money> byPillar,
    Money plan) {

  /** Days with financial results an entity needs before its return is judged against its cost. */
  public static final int MIN_RETURN_DAYS = 4;

  public static Money get(Map<String, Money> map, String id) {
    return map.getOrDefault(id, Money.ZERO);
  }
}
