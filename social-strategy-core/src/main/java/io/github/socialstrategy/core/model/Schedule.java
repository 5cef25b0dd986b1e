package io.github.socialstrategy.core.model;

import java.time.LocalDate;

/** When an activity runs; a null start or end means the plan's. */
public record Schedule(LocalDate start, LocalDate end, Cadence cadence, Source source) {}
