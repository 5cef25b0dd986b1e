package io.github.socialstrategy.core.load;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver of plain scalars' tags, remembering the tag of each short text it has resolved. The
 * resolver runs a few regular expressions on every plain scalar, keys included; in a plan the same keys
 * ({@code id}, {@code title}, {@code owner}) and many values (dates, channels, owners) come back thousands of
 * times, and building the matchers was most of the cost. The tag depends only on the text, so remembering it
 * changes nothing but the time. One instance serves one load, on one thread.
 */
final class RememberingResolver extends Resolver {

  // Longer texts (descriptions) rarely repeat; remembering them would only hold memory.
  private static final int LONGEST = 64;
  // Past this many texts the memory starts over, so a plan of many distinct values holds no more than this.
  private static final int MOST = 16_384;

  private final Map<String, Tag> known = new HashMap<>();

  @Override
  public Tag resolve(NodeId kind, String value, boolean implicit) {
    if (kind != NodeId.scalar || !implicit || value.length() > LONGEST) {
      return super.resolve(kind, value, implicit);
    }
    Tag tag = known.get(value);
    if (tag == null) {
      tag = super.resolve(kind, value, implicit);
      if (known.size() == MOST) {
        known.clear();
      }
      known.put(value, tag);
    }
    return tag;
  }
}
