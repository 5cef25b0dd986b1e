package io.github.socialstrategy.core.model;

import java.time.LocalDate;

/**
 * How an objective's success is measured.
 *
 * @param baseline the starting value (0 when not given)
 * @param target the value to reach, or null: the KPI is then tracked, not scored
 * @param due the date to reach it by, or null for the plan's end
 */
public record Kpi(Ref metric, double baseline, Double target, LocalDate due, Source source) {}
