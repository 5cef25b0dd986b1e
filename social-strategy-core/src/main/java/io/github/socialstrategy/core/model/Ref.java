package io.github.socialstrategy.core.model;

/** A reference by id to another entity, with the place it was written. */
public record Ref(String id, Location location) {}
