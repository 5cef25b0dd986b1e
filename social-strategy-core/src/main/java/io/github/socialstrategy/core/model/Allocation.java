package io.github.socialstrategy.core.model;

/** The intended share of effort for one pillar, in percent. */
public record Allocation(Ref pillar, double percent) {}
