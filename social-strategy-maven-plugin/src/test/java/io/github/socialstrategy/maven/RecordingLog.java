package io.github.socialstrategy.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A mojo log that keeps every line as {@code level: text}, so tests can assert on what a user would see. */
final class RecordingLog implements Log {

  private final List<String> lines = new ArrayList<>();

  /** Every line logged, in order, as {@code error: ...}, {@code warn: ...}, {@code info: ...}, {@code debug: ...}. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  /** The lines logged at one level, without the level prefix. */
  List<String> at(String level) {
    String prefix = level + ": ";
    return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
  }

  private void add(String level, CharSequence content, Throwable error) {
    // Summary lines end with the goal's elapsed time, which no test can predict: it is left out.
    String text = content == null ? "" : ELAPSED.matcher(content).replaceFirst("");
    lines.add(level + ": " + text + (error == null ? "" : " (" + error + ")"));
  }

  private static final java.util.regex.Pattern ELAPSED = java.util.regex.Pattern.compile(" in \\d+(\\.\\d)? (ms|s)$");

  /** Off, as in a build without {@code -X}: debug details are not what a user sees. */
  @Override
  public boolean isDebugEnabled() {
    return false;
  }

  @Override
  public void debug(CharSequence content) {
    add("debug", content, null);
  }

  @Override
  public void debug(CharSequence content, Throwable error) {
    add("debug", content, error);
  }

  @Override
  public void debug(Throwable error) {
    add("debug", null, error);
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public void info(CharSequence content) {
    add("info", content, null);
  }

  @Override
  public void info(CharSequence content, Throwable error) {
    add("info", content, error);
  }

  @Override
  public void info(Throwable error) {
    add("info", null, error);
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public void warn(CharSequence content) {
    add("warn", content, null);
  }

  @Override
  public void warn(CharSequence content, Throwable error) {
    add("warn", content, error);
  }

  @Override
  public void warn(Throwable error) {
    add("warn", null, error);
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }

  @Override
  public void error(CharSequence content) {
    add("error", content, null);
  }

  @Override
  public void error(CharSequence content, Throwable error) {
    add("error", content, error);
  }

  @Override
  public void error(Throwable error) {
    add("error", null, error);
  }
}
