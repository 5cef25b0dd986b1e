package io.github.socialstrategy.core.analyze;

import java.util.Map;

/**
 * Planned budget and recorded spend by pillar and channel, for the budget charts (per activity and
 * campaign, see {@link MoneyFigures}). Planned amounts follow the trace: an activity's budget is split
 * equally over the pillars of the objectives it serves, and over its channels.
 *
 * @param plannedByPillar pillar id to planned budget
 * @param plannedByChannel channel id ({@link Coverage#NO_CHANNEL} for none) to planned budget
 * @param spentByChannel channel id to recorded cost (results scoped to the channel, or to an activity on it)
 * @param spentByPillar pillar id to recorded cost attributable through the trace (activity- and campaign-scoped)
 * @param planned total planned budget of activities
 * @param spent total recorded cost of all results
 */
public record Budget(
    Map<String, Double> plannedByPillar,
    Map<String, Double> plannedByChannel,
    Map<String, Double> spentByChannel,
    Map<String, Double> spentByPillar,
    double planned,
    double spent) {}
