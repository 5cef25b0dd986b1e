package io.github.socialstrategy.core.render.ci;

/** One CI report format: SARIF, JUnit XML, diagnostics JSON. A new format is one class listed in {@link CiReports}. */
public interface CiReport {

  /** The name users give in the {@code formats} setting: {@code sarif}. */
  String id();

  /** The file it is written to: {@code social-strategy.sarif}. */
  String fileName();

  /** The file's bytes: the same input always gives the same bytes. */
  byte[] write(CiInput input);
}
