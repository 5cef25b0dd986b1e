package io.github.socialstrategy.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A plan directory for one test, in a JUnit temporary directory: empty, or a copy of the clean plan
 * ({@code src/test/resources/plans/clean}), with files written, overlaid or deleted by the test.
 */
public final class PlanFixture {

  /** The clean plan: uses every section and gives no diagnostic. */
  public static final Path CLEAN = resource("/plans/clean");

  /** The sample project's plan, which must check clean too. */
  public static final Path SAMPLE = Path.of("..", "sample-project", "src", "strategy");

  private final Path dir;

  private PlanFixture(Path dir) {
    this.dir = dir;
  }

  /** An empty plan directory. */
  public static PlanFixture empty(Path dir) {
    return new PlanFixture(dir);
  }

  /** A copy of the clean plan. */
  public static PlanFixture clean(Path dir) {
    return new PlanFixture(dir).overlay(CLEAN);
  }

  public static Path resource(String name) {
    URL url = PlanFixture.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  /**
   * Copies every file of {@code overlay} over this plan, except {@code expected.txt}; an empty file
   * {@code NAME.removed} deletes {@code NAME} instead.
   */
  public PlanFixture overlay(Path overlay) {
    try (Stream<Path> walk = Files.walk(overlay)) {
      for (Path source : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = overlay.relativize(source).toString().replace('\\', '/');
        if (name.equals("expected.txt") || name.equals("README.md")) {
          continue;
        }
        if (name.endsWith(".removed")) {
          delete(name.substring(0, name.length() - ".removed".length()));
        } else {
          write(name, Files.readAllBytes(source));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Writes a file as UTF-8. */
  public PlanFixture write(String name, String text) {
    return write(name, text.getBytes(UTF_8));
  }

  public PlanFixture write(String name, byte[] bytes) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public PlanFixture delete(String name) {
    try {
      Files.delete(dir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Checks the plan with default settings. */
  public CheckResult check() {
    return check(b -> b);
  }

  /** Checks the plan with settings adjusted by the test. */
  public CheckResult check(UnaryOperator<Settings.Builder> settings) {
    try {
      return SocialStrategy.check(settings.apply(Settings.builder(dir)).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code file:line:column | severity | rule}: the structural part of a diagnostic, for list assertions. */
  public static String brief(Diagnostic d) {
    return d.location() + " | " + d.severity().label() + " | " + d.rule().id();
  }

  public static List<String> briefs(CheckResult result) {
    return result.diagnostics().stream().map(PlanFixture::brief).toList();
  }

  /** The findings of one rule. */
  public static List<Diagnostic> of(CheckResult result, Rule rule) {
    return result.diagnostics().stream().filter(d -> d.rule() == rule).toList();
  }

  /** The one finding of a rule, failing when there is none or more than one. */
  public static Diagnostic only(CheckResult result, Rule rule) {
    List<Diagnostic> found = of(result, rule);
    assertThat(found).as("findings of %s in %s", rule, result.diagnostics()).hasSize(1);
    return found.get(0);
  }
}
