package io.github.socialstrategy.core.model;

import java.time.LocalDate;

/** One task of an activity's breakdown. */
public record Task(String title, LocalDate due, boolean done, Source source) {}
