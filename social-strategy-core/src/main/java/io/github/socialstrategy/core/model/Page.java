package io.github.socialstrategy.core.model;

import java.util.List;

/**
 * A narrative page from {@code pages/*.md}.
 *
 * @param name the path under {@code pages/} without {@code .md}: {@code measurement}, {@code team/roles}
 */
public record Page(String name, String title, String markdown, List<LinkRef> links, SourceFile file) {

  public Page {
    links = List.copyOf(links);
  }
}
