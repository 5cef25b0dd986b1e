package io.github.socialstrategy.core.model;

/** The kind of entity a result is scoped to. */
public enum ScopeKind implements Keyword {
  ACTIVITY, CHANNEL, CAMPAIGN
}
