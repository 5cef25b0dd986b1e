package io.github.socialstrategy.core.model;

/**
 * A Markdown link to an entity page, such as {@code [see 4.1](strategy:staff-storytelling)}.
 *
 * @param kind {@code objective}, {@code strategy}, {@code activity}, {@code campaign}, {@code channel},
 *     {@code metric} or {@code page}
 */
public record LinkRef(String kind, Ref target) {}
