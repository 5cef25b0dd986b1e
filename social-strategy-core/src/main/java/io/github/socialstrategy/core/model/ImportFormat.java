package io.github.socialstrategy.core.model;

/** The layout of a platform analytics export. */
public enum ImportFormat implements Keyword {
  X_ANALYTICS, META_BUSINESS_SUITE, LINKEDIN_PAGE, YOUTUBE_STUDIO, GA4, GENERIC_CSV
}
