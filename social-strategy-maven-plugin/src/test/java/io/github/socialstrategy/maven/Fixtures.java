package io.github.socialstrategy.maven;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The fixture projects under {@code src/test/resources/unit}, as the harness sees them (copied to test-classes). */
final class Fixtures {

  private Fixtures() {}

  /** The base directory of a fixture project, e.g. {@code fixture("valid")}. */
  static Path fixture(String name) {
    URL url = Fixtures.class.getResource("/unit/" + name);
    if (url == null) {
      throw new IllegalStateException("no fixture project src/test/resources/unit/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
