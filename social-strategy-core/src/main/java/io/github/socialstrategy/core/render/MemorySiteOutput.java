package io.github.socialstrategy.core.render;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Keeps a rendered site in memory, sorted by path: for tests and for comparing two renderings. */
public final class MemorySiteOutput implements SiteOutput {

  private final TreeMap<String, byte[]> files = new TreeMap<>();

  @Override
  public synchronized void write(String path, byte[] content) {
    if (files.put(path, content.clone()) != null) {
      throw new IllegalStateException("written twice: " + path);
    }
  }

  public synchronized SortedMap<String, byte[]> files() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** The text of a file, or null when it was not written. */
  public synchronized String text(String path) {
    byte[] b = files.get(path);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }
}
