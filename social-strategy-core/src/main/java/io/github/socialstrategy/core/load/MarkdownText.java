package io.github.socialstrategy.core.load;

import io.github.socialstrategy.core.model.LinkRef;
import java.util.List;

/** A Markdown value and the entity links found in it. */
record MarkdownText(String text, List<LinkRef> links) {

  static final MarkdownText NONE = new MarkdownText(null, List.of());
}
