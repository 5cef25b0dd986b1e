package io.github.socialstrategy.core.load;

import io.github.socialstrategy.core.load.imports.ExportRows;
import io.github.socialstrategy.core.load.imports.Importer;
import io.github.socialstrategy.core.load.imports.ResultTable;
import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.ImportSpec;
import io.github.socialstrategy.core.model.ImportSummary;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Page;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a plan directory: every YAML file, then every CSV results table (except the exports that {@code
 * imports} names), then the imports, then {@code pages/*.md}, each group in sorted path order so the
 * outcome never depends on the file system's listing order.
 */
public final class PlanLoader {

  private final PlanTree tree;
  private final Path planDirectory;
  private final Path baseDirectory;
  private final Diagnostics diagnostics;
  private final int threads;

  /**
   * @param planDirectory the plan directory
   * @param baseDirectory the directory paths are shown relative to (the Maven project's base directory)
   */
  public PlanLoader(Path planDirectory, Path baseDirectory, Diagnostics diagnostics) {
    this(PlanTree.directory(planDirectory), baseDirectory, diagnostics);
  }

  /**
   * @param tree the plan's files: the directory on disk, or the plan at an earlier revision
   * @param baseDirectory the directory paths are shown relative to (the Maven project's base directory)
   */
  public PlanLoader(PlanTree tree, Path baseDirectory, Diagnostics diagnostics) {
    this(tree, baseDirectory, diagnostics, Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param tree the plan's files: the directory on disk, or the plan at an earlier revision
   * @param baseDirectory the directory paths are shown relative to (the Maven project's base directory)
   * @param threads how many threads compose YAML files while this one reads them (1: none); the plan read is
   *     the same for any number
   */
  public PlanLoader(PlanTree tree, Path baseDirectory, Diagnostics diagnostics, int threads) {
    this.threads = threads;
    this.tree = tree;
    this.planDirectory = tree.root().toAbsolutePath().normalize();
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    this.diagnostics = diagnostics;
  }

  /** Reads everything; problems in the files become diagnostics, only I/O failures are thrown. */
  public PlanParts load() throws IOException {
    PlanParts.Builder parts = new PlanParts.Builder();
    List<SourceFile> files = list();
    parts.files.addAll(files);

    YamlFileReader yaml = new YamlFileReader(diagnostics, parts, tree);
    yaml.readAll(files.stream().filter(PlanLoader::isYaml).toList(), threads);
    Set<String> imported = new HashSet<>();
    List<SourceFile> importFiles = new ArrayList<>();
    java.util.Map<String, ImportSpec> firstImport = new java.util.HashMap<>();
    for (ImportSpec spec : parts.imports) {
      SourceFile f = importFile(spec);
      if (f != null && countsTwice(firstImport.putIfAbsent(f.planPath(), spec), spec)) {
        ImportSpec first = firstImport.get(f.planPath());
        diagnostics.report(
            Rule.INVALID_VALUE,
            spec.at(),
            "'" + spec.file() + "' is already imported at " + first.source().of("file")
                + " with the same metrics, so its rows would count twice; remove one of the two imports",
            null,
            List.of(first.source().of("file")));
        f = null;
      }
      importFiles.add(f);
      if (f != null) {
        imported.add(f.planPath());
      }
    }
    for (SourceFile f : files) {
      if (f.planPath().toLowerCase(Locale.ROOT).endsWith(".csv") && !imported.contains(f.planPath())) {
        try (ExportRows rows = CsvExportRows.open(tree, f, StandardCharsets.UTF_8, ',')) {
          ResultTable.readResults(rows, f, diagnostics, parts.results);
        }
      }
    }
    Importer importer = new Importer(tree, (f, charset, separator) -> CsvExportRows.open(tree, f, charset, separator), diagnostics);
    for (int i = 0; i < parts.imports.size(); i++) {
      if (importFiles.get(i) != null && parts.imports.get(i).format() != null) {
        ImportSummary summary = importer.read(parts.imports.get(i), importFiles.get(i), parts.results);
        if (summary != null) {
          parts.importSummaries.add(summary);
        }
      }
    }
    for (SourceFile f : files) {
      if (isPage(f)) {
        Page page = page(f);
        parts.pages.add(page);
        parts.links.addAll(page.links());
      }
    }
    return parts.build();
  }

  private List<SourceFile> list() throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (String planPath : tree.files(
        p -> !isHidden(p) && isPlanFile(p),
        (p, why) -> diagnostics.report(Rule.INVALID_VALUE, Location.of(sourceFile(planDirectory.resolve(p))), why))) {
      files.add(sourceFile(planDirectory.resolve(planPath)));
    }
    return files;
  }

  private static boolean isHidden(String planPath) {
    for (String part : planPath.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlanFile(String planPath) {
    String lower = planPath.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".csv") || (lower.startsWith("pages/") && lower.endsWith(".md"));
  }

  private static boolean isYaml(SourceFile f) {
    String lower = f.planPath().toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  private static boolean isPage(SourceFile f) {
    String lower = f.planPath().toLowerCase(Locale.ROOT);
    return lower.startsWith("pages/") && lower.endsWith(".md");
  }

  private String planPath(Path p) {
    return planDirectory.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private SourceFile sourceFile(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    String display = abs.startsWith(baseDirectory) ? baseDirectory.relativize(abs).toString() : abs.toString();
    return new SourceFile(abs, planPath(abs), display.replace('\\', '/'));
  }

  /** The file an import names, or null (reported) when it is missing or outside the plan directory. */
  private SourceFile importFile(ImportSpec spec) {
    Location at = spec.source().of("file");
    Path target;
    try {
      Path written = Path.of(spec.file());
      if (written.isAbsolute() || spec.file().startsWith("/") || spec.file().startsWith("\\")) {
        diagnostics.report(
            Rule.INVALID_VALUE, at, "import file '" + spec.file() + "' is an absolute path; give a path inside the plan directory");
        return null;
      }
      target = planDirectory.resolve(written).normalize();
    } catch (InvalidPathException e) {
      diagnostics.report(Rule.INVALID_VALUE, at, "import file '" + spec.file() + "' is not a valid path");
      return null;
    }
    if (!target.startsWith(planDirectory)) {
      diagnostics.report(
          Rule.INVALID_VALUE, at, "import file '" + spec.file() + "' is outside the plan directory; move the export inside it");
      return null;
    }
    String problem = tree.problem(planPath(target));
    if (problem != null) {
      diagnostics.report(Rule.INVALID_VALUE, at, "import file '" + spec.file() + "' " + problem);
      return null;
    }
    return sourceFile(target);
  }

  /**
   * Whether a second import of a file would count rows twice: always for a format whose rows name their own
   * metrics (generic-csv), and for a platform export when the two imports map a column to the same metric.
   * Two imports mapping different columns of one export (organic and promoted, say) are fine.
   */
  private static boolean countsTwice(ImportSpec first, ImportSpec second) {
    if (first == null) {
      return false;
    }
    if (first.format() == null || second.format() == null) {
      return false; // an import without a valid format reads nothing
    }
    if (first.format().rowsNameTheirMetrics() || second.format().rowsNameTheirMetrics()) {
      return true;
    }
    Set<String> metrics = new HashSet<>();
    first.metrics().forEach(m -> metrics.add(m.target().id()));
    return second.metrics().stream().anyMatch(m -> metrics.contains(m.target().id()));
  }

  private Page page(SourceFile f) throws IOException {
    String text;
    try {
      byte[] bytes = tree.readAllBytes(f.planPath());
      text = TextDecoding.decode(bytes);
    } catch (TextDecoding.NotUtf8Exception e) {
      diagnostics.report(Rule.YAML_SYNTAX, new Location(f, e.line, e.column), TextDecoding.message(e));
      text = "";
    }
    String name = f.planPath().substring("pages/".length(), f.planPath().length() - ".md".length());
    String title = name;
    for (String line : text.split("\\R", 50)) {
      if (line.startsWith("# ")) {
        title = line.substring(2).trim();
        break;
      }
    }
    return new Page(name, title, text, MarkdownLinks.find(text, f), f);
  }
}
