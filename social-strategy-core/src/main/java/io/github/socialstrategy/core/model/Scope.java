package io.github.socialstrategy.core.model;

/** What a result is attributed to: an activity, a channel or a campaign. */
public record Scope(ScopeKind kind, Ref target) {}
