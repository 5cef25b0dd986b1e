package io.github.socialstrategy.core.analyze;

import io.github.socialstrategy.core.model.Metric;

/**
 * What a non-financial metric shows for an activity or channel: value that sales figures miss.
 *
 * @param value the metric's value at the report date by its aggregate, over the results scoped to the entity
 * @param movementPercent how the metric moved: the mean daily total in the later half of its results
 *     against the earlier half, in percent, signed so that positive is better; NaN with too few results
 * @param costPerResult the entity's cost divided by the value, for cumulative count metrics; NaN otherwise
 */
public record Benefit(Metric metric, double value, double movementPercent, double costPerResult) {}
