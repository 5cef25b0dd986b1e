package io.github.socialstrategy.core.render.theme;

/** A theme that cannot render: a missing or broken template. The message names the file and line. */
public final class ThemeException extends Exception {

  private static final long serialVersionUID = 1L;

  public ThemeException(String message, Throwable cause) {
    super(message, cause);
  }
}
