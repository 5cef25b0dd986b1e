package io.github.socialstrategy.core.model;

/** A platform or channel that activities use. */
public record Channel(String id, String title, ChannelType type, String url, String description, Source source) {}
