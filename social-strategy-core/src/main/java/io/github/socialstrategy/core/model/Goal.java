package io.github.socialstrategy.core.model;

/** A goal of a framework pillar ({@code awareness}, {@code response-time}, ...). */
public record Goal(String id, String pillarId, Location location) {}
