package io.github.socialstrategy.core.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Where a rendered site goes: a directory on disk, or memory in tests. Paths are relative, with {@code /}
 * separators ({@code objectives/grow-revenue.html}).
 */
public interface SiteOutput {

  void write(String path, byte[] content) throws IOException;

  default void write(String path, String text) throws IOException {
    write(path, text.getBytes(StandardCharsets.UTF_8));
  }
}
