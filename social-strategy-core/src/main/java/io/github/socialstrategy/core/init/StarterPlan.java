package io.github.socialstrategy.core.init;

import io.github.socialstrategy.core.schema.PlanSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A new plan in one step: a commented starter plan (every section, the four pillars, a KPI per objective,
 * results in CSV, an import, a page) with the plan format's JSON Schema beside it, and, for a directory without
 * a POM, a small Maven project that checks it and renders its site. Never overwrites a file: when any file it
 * would write exists, or the plan directory already holds files, it writes nothing and says which.
 */
public final class StarterPlan {

  /** Where the plan goes in the project, as the plugin's {@code planDirectory} defaults it. */
  public static final String PLAN_DIRECTORY = "src/strategy";

  /** The starter plan's files: template resource, then path inside the plan directory. */
  private static final String[][] PLAN_FILES = {
    {"plan.yaml", "plan.yaml"},
    {"metrics.yaml", "metrics.yaml"},
    {"channels.yaml", "channels.yaml"},
    {"objectives.yaml", "objectives.yaml"},
    {"strategies.yaml", "strategies.yaml"},
    {"activities.yaml", "activities.yaml"},
    {"campaigns.yaml", "campaigns.yaml"},
    {"results.yaml", "results.yaml"},
    {"results.csv", "results/results.csv"},
    {"newsletter-signups.csv", "exports/newsletter-signups.csv"},
    {"about.md", "pages/about.md"},
  };

  /**
   * What {@link #write} did, or why it did nothing.
   *
   * @param written the files written, relative to the project directory, in the order written
   * @param refused the files (relative to the project directory) that stopped it; empty when it wrote
   * @param pomWritten whether it wrote a {@code pom.xml}
   */
  public record Outcome(List<String> written, List<String> refused, boolean pomWritten) {
    public Outcome {
      written = List.copyOf(written);
      refused = List.copyOf(refused);
    }

    public boolean isRefused() {
      return !refused.isEmpty();
    }
  }

  private StarterPlan() {}

  /**
   * The files of a starter project, path (relative to the project directory, {@code /}-separated) to content, in
   * the order they are written. The same settings give the same bytes.
   *
   * @param withPom whether to include a {@code pom.xml}
   * @param pluginVersion the plugin version the POM names
   */
  public static Map<String, byte[]> files(StarterSettings settings, boolean withPom, String pluginVersion) {
    Map<String, String> tokens = tokens(settings, pluginVersion);
    Map<String, byte[]> files = new LinkedHashMap<>();
    if (withPom) {
      files.put("pom.xml", fill(template("pom.xml"), tokens, true));
    }
    for (String[] f : PLAN_FILES) {
      files.put(PLAN_DIRECTORY + "/" + f[1], fill(template(f[0]), tokens, false));
    }
    files.put(PLAN_DIRECTORY + "/" + PlanSchema.FILE_NAME, PlanSchema.bytes());
    return files;
  }

  /**
   * Writes a starter project into a directory: the plan directory, and a {@code pom.xml} when there is none.
   * Refuses, writing nothing, when the plan directory exists with any file in it or any file to write exists.
   * Each file is created new, so a file that appears meanwhile is never overwritten; if writing fails halfway,
   * the files already written are removed again.
   *
   * @throws IOException when a file cannot be written
   */
  public static Outcome write(Path projectDirectory, StarterSettings settings, String pluginVersion) throws IOException {
    Path dir = projectDirectory.toAbsolutePath().normalize();
    boolean withPom = !Files.exists(dir.resolve("pom.xml"));
    Map<String, byte[]> files = files(settings, withPom, pluginVersion);
    List<String> refused = new ArrayList<>();
    Path planDir = dir.resolve(PLAN_DIRECTORY);
    if (Files.isDirectory(planDir)) {
      try (Stream<Path> walk = Files.walk(planDir)) {
        walk.filter(p -> !Files.isDirectory(p))
            .map(p -> dir.relativize(p).toString().replace('\\', '/'))
            .sorted()
            .forEach(refused::add);
      }
    }
    for (String path : files.keySet()) {
      if (Files.exists(dir.resolve(path)) && !refused.contains(path)) {
        refused.add(path);
      }
    }
    if (!refused.isEmpty()) {
      return new Outcome(List.of(), refused, false);
    }
    List<Path> done = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path target = dir.resolve(f.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, f.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        done.add(target);
      }
    } catch (FileAlreadyExistsException e) {
      undo(done);
      return new Outcome(List.of(), List.of(dir.relativize(Path.of(e.getFile())).toString().replace('\\', '/')), false);
    } catch (IOException | RuntimeException e) {
      undo(done);
      throw e;
    }
    return new Outcome(new ArrayList<>(files.keySet()), List.of(), withPom);
  }

  private static void undo(List<Path> written) {
    for (Path p : written) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // Best effort: the file is one this run created, never a user's.
      }
    }
  }

  /** The values the templates name, as {@code @name@}; user text is quoted where it lands. */
  static Map<String, String> tokens(StarterSettings s, String pluginVersion) {
    LocalDate start = s.period().start();
    long days = ChronoUnit.DAYS.between(start, s.period().end());
    Map<String, String> t = new LinkedHashMap<>();
    String title = s.organisation() + " social media strategy " + periodText(s);
    t.put("planId", s.planId());
    t.put("organisation", s.organisation());
    t.put("title", title);
    t.put("currency", s.currency());
    t.put("start", start.toString());
    t.put("end", s.period().end().toString());
    t.put("periodText", periodText(s));
    t.put("pluginVersion", pluginVersion);
    // Dates at fixed shares of the period, so the starter plan is on track at its report date (the latest
    // result, a sixth of the way in) whatever the period.
    t.put("task1", at(start, days, 1, 24));
    t.put("month1", at(start, days, 1, 12));
    t.put("month2", at(start, days, 2, 12));
    t.put("task2", at(start, days, 3, 12));
    t.put("campaignStart", at(start, days, 3, 12));
    t.put("campaignEnd", at(start, days, 5, 12));
    return t;
  }

  private static String at(LocalDate start, long days, int numerator, int denominator) {
    return start.plusDays(Math.round((double) days * numerator / denominator)).toString();
  }

  private static String periodText(StarterSettings s) {
    LocalDate a = s.period().start();
    LocalDate b = s.period().end();
    if (a.getDayOfYear() == 1 && b.equals(a.withDayOfYear(a.lengthOfYear()))) {
      return Integer.toString(a.getYear());
    }
    DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ROOT);
    return a.format(f) + " to " + b.format(f);
  }

  private static String template(String name) {
    try (InputStream in = StarterPlan.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the starter template " + name + " is missing from the engine's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] fill(String template, Map<String, String> tokens, boolean xml) {
    String out = template;
    for (Map.Entry<String, String> t : tokens.entrySet()) {
      String value = t.getValue();
      boolean text = t.getKey().equals("organisation") || t.getKey().equals("title");
      out = out.replace("@" + t.getKey() + "@", xml ? xml(value) : text ? yamlText(value) : value);
    }
    return out.getBytes(StandardCharsets.UTF_8);
  }

  /** A user's text as a double-quoted YAML scalar, so no character of it can change the file's structure. */
  static String yamlText(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
