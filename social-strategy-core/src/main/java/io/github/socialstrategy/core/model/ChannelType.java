package io.github.socialstrategy.core.model;

/** The kind of platform a channel is. */
public enum ChannelType implements Keyword {
  SOCIAL_NETWORK, VIDEO, PHOTO_SHARING, BLOG, FORUM, BOOKMARKING, MESSAGING, REVIEW_SITE, WEBSITE, EMAIL, WIKI, EVENT, PRESS, INTRANET, OTHER
}
