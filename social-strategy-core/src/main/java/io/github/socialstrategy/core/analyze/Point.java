package io.github.socialstrategy.core.analyze;

import java.time.LocalDate;

/** A value on a day: one point of a series the site draws. */
public record Point(LocalDate date, double value) {}
