package io.github.socialstrategy.core.model;

import java.util.Map;

/**
 * A platform analytics export named in {@code imports}.
 *
 * @param file the path inside the plan directory, as written
 * @param scope the scope every row gets, or null
 * @param metrics export column name to metric reference
 */
public record ImportSpec(String file, ImportFormat format, Scope scope, Map<String, Ref> metrics, Source source) {

  public ImportSpec {
    metrics = Map.copyOf(metrics);
  }
}
