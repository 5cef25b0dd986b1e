package io.github.socialstrategy.core.load.imports;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.load.PlanLoader;
import io.github.socialstrategy.core.load.PlanParts;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A plan directory holding exports and an {@code imports} section, loaded through {@link PlanLoader} (so the
 * readers are tested as the plugin runs them: the loader's CSV parser, UTF-8 check and wiring by format).
 */
final class ImportHarness {

  private final Path dir;

  ImportHarness(Path dir) {
    this.dir = dir;
  }

  /** Copies fixtures from {@code src/test/resources/imports} into {@code exports/}. */
  ImportHarness fixture(String... names) {
    for (String name : names) {
      try {
        byte[] bytes = Files.readAllBytes(PlanFixture.resource("/imports/" + name));
        write("exports/" + name, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }

  ImportHarness write(String name, String text) {
    return write(name, text.getBytes(UTF_8));
  }

  ImportHarness write(String name, byte[] bytes) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Writes {@code imports.yaml} with this {@code imports} section and loads the directory. */
  Loaded load(String importsYaml) {
    write("imports.yaml", importsYaml);
    Diagnostics diagnostics = new Diagnostics(Map.of());
    try {
      PlanParts parts = new PlanLoader(dir, dir, diagnostics).load();
      return new Loaded(parts, diagnostics.sorted());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Loaded(PlanParts parts, List<Diagnostic> diagnostics) {

    /** Each result as {@code date metric value [kind:id] @line:column [cost]} (the place of its value), in the order read. */
    List<String> results() {
      return parts.results().stream().map(Loaded::describe).toList();
    }

    /** Each result as {@code date metric value [kind:id] [cost]}, without its place, in the order read. */
    List<String> values() {
      return parts.results().stream().map(r -> describe(r).replaceFirst(" @\\d+:\\d+", "")).toList();
    }

    /** What each import read, as the build log says it. */
    List<String> summaries() {
      return parts.importSummaries().stream().map(io.github.socialstrategy.core.model.ImportSummary::describe).toList();
    }

    /** The sum of the values of one metric, for totals checked against a hand sum. */
    double total(String metric) {
      return parts.results().stream().filter(r -> r.metric().equals(metric)).mapToDouble(Result::value).sum();
    }

    /** The sum of the recorded costs. */
    double cost() {
      return parts.results().stream().filter(Result::hasCost).mapToDouble(Result::cost).sum();
    }

    /** Each finding as {@code path:line:column rule: message}. */
    List<String> findings() {
      return diagnostics.stream().map(d -> d.location() + " " + d.rule().id() + ": " + d.fullMessage()).toList();
    }

    static String describe(Result r) {
      StringBuilder s = new StringBuilder().append(r.date()).append(' ').append(r.metric()).append(' ').append(number(r.value()));
      if (r.scopeKind() != null) {
        s.append(' ').append(r.scopeKind().keyword()).append(':').append(r.scopeId());
      }
      var at = r.location(Result.Field.VALUE);
      s.append(" @").append(at.line()).append(':').append(at.column());
      if (r.hasCost()) {
        s.append(" cost ").append(number(r.cost()));
      }
      return s.toString();
    }
  }

  static String number(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
