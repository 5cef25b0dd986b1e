package io.github.socialstrategy.core.load;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.SourceFile;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Iterator;
import org.yaml.snakeyaml.DumperOptions;
import java.nio.file.Files;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads one YAML file safely: strict UTF-8, bounded size, aliases and nesting, no tags that would build
 * objects. It only composes nodes (never constructs Java objects from them), so a hostile file can name no
 * type; the nodes keep their line and column for every finding.
 */
final class YamlFileReader {

  /** Largest YAML file read, in bytes: far beyond any hand-kept plan file. */
  static final int MAX_BYTES = 32 * 1024 * 1024;

  static final int MAX_NESTING = 50;
  static final int MAX_ALIASES = 50;

  private final Diagnostics diagnostics;
  private final SectionReader sections;
  private final PlanTree tree;

  YamlFileReader(Diagnostics diagnostics, PlanParts.Builder parts, PlanTree tree) {
    this.diagnostics = diagnostics;
    this.tree = tree;
    this.sections = new SectionReader(parts);
  }

  /** Reads one file. */
  void read(SourceFile file) throws IOException {
    long size = tree.size(file.planPath());
    accept(compose(file, size, size > MAX_BYTES ? null : tree.readAllBytes(file.planPath())));
  }

  /**
   * Reads the files in their order, as {@link #read} one after the other would, with the YAML of the next
   * files composed into nodes on {@code threads} other threads meanwhile. Composing is most of the reading
   * and needs nothing but the file's bytes; the bytes are read, and the nodes turned into plan parts and
   * findings, on this thread and in file order, so the parts, the findings and their order are the same
   * for any number of threads. At most twice as many files as threads wait composed, which bounds memory.
   */
  void readAll(List<SourceFile> files, int threads) throws IOException {
    if (threads < 2 || files.size() < 2) {
      for (SourceFile f : files) {
        read(f);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "social-strategy-yaml");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<Composed>> waiting = new ArrayDeque<>();
      for (SourceFile f : files) {
        long size = tree.size(f.planPath());
        byte[] bytes = size > MAX_BYTES ? null : tree.readAllBytes(f.planPath());
        waiting.add(pool.submit(() -> compose(f, size, bytes)));
        if (waiting.size() > 2 * threads) {
          accept(done(waiting.poll()));
        }
      }
      while (!waiting.isEmpty()) {
        accept(done(waiting.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Composed done(Future<Composed> composing) {
    try {
      return composing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the plan", e);
    } catch (ExecutionException e) {
      // A bug, not a problem of the file (those are kept in Composed): rethrown as the serial read would throw it.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A file's YAML composed into nodes, or what stopped it: nothing reported yet. */
  private static final class Composed {
    final SourceFile file;
    final long size;
    final List<Node> documents = new ArrayList<>();
    YamlContext ctx;
    TextDecoding.NotUtf8Exception notUtf8;
    YAMLException failure;
    boolean tooDeep;

    Composed(SourceFile file, long size) {
      this.file = file;
      this.size = size;
    }
  }

  /** Composes a file's documents; safe on any thread (it reports nothing and keeps no state). Null bytes: over the limit. */
  private Composed compose(SourceFile file, long size, byte[] bytes) {
    Composed c = new Composed(file, size);
    if (bytes == null) {
      return c;
    }
    String text;
    try {
      text = TextDecoding.decode(bytes);
    } catch (TextDecoding.NotUtf8Exception e) {
      c.notUtf8 = e;
      return c;
    }
    // YAML 1.1 counts U+2028, U+2029 and U+0085 as line breaks; editors do not, so every place after one
    // (pasted from a web page, typically) would be a line off. Read them as spaces.
    text = text.replace('\u2028', ' ').replace('\u2029', ' ').replace('\u0085', ' ');
    c.ctx = new YamlContext(file, text, diagnostics);
    LoaderOptions options = options(text.length());
    try {
      // What Yaml.composeAll does, over a reader that is linear in the length of a value (see WholeTextReader).
      Composer documents = new Composer(new ParserImpl(new WholeTextReader(text), options), new RememberingResolver(), options);
      while (documents.checkNode()) {
        Node document = documents.getNode();
        if (document != null) {
          c.documents.add(document);
        }
      }
    } catch (YAMLException e) {
      c.failure = e;
    } catch (StackOverflowError e) {
      c.tooDeep = true;
    }
    return c;
  }

  /** Reads a composed file's documents into plan parts, then reports what stopped its composing, if anything. */
  private void accept(Composed c) {
    SourceFile file = c.file;
    if (c.size > MAX_BYTES) {
      diagnostics.report(
          Rule.YAML_SYNTAX,
          Location.of(file),
          "the file is " + c.size / (1024 * 1024) + " MiB, over the " + MAX_BYTES / (1024 * 1024)
              + " MiB limit for a YAML file; split it into several files");
      return;
    }
    if (c.notUtf8 != null) {
      diagnostics.report(Rule.YAML_SYNTAX, new Location(file, c.notUtf8.line, c.notUtf8.column), TextDecoding.message(c.notUtf8));
      return;
    }
    YamlContext ctx = c.ctx;
    try {
      for (Node document : c.documents) {
        checkTags(ctx, document, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        sections.readDocument(ctx, document);
      }
    } catch (StackOverflowError e) {
      c.tooDeep = true;
    }
    if (c.tooDeep) {
      // Belt and braces: the nesting limit should stop this first.
      diagnostics.report(
          Rule.YAML_SYNTAX, Location.of(file), "the file is nested too deeply to read; flatten it");
    } else if (c.failure instanceof MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      diagnostics.report(Rule.YAML_SYNTAX, ctx.at(mark), syntaxMessage(e));
    } else if (c.failure instanceof ReaderException e) {
      // A character YAML does not allow (NUL, other controls): it carries no mark, only its index.
      diagnostics.report(
          Rule.YAML_SYNTAX,
          ctx.atCodePoint(e.getPosition()),
          String.format(
              "the file holds the control character U+%04X here, which YAML does not allow; remove it", e.getCodePoint()));
    } else if (c.failure != null) {
      diagnostics.report(Rule.YAML_SYNTAX, Location.of(file), limitMessage(c.failure.getMessage()));
    }
  }

  // The tags plain YAML resolves to by itself; a plan has no use for any other (!!binary, !local, ...).
  private static final java.util.Set<Tag> PLAIN_TAGS =
      java.util.Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ, Tag.MERGE);

  /** Reports every explicit tag that is not plain YAML; the value is then read as if untagged. */
  private void checkTags(YamlContext ctx, Node node, java.util.Set<Node> seen) {
    if (!seen.add(node)) {
      return; // an alias to a node already checked
    }
    if (!PLAIN_TAGS.contains(node.getTag())) {
      diagnostics.report(
          Rule.YAML_SYNTAX,
          ctx.at(node),
          "the value is tagged '" + node.getTag().getValue() + "'; tags are not allowed in a plan: remove the tag");
    }
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        checkTags(ctx, t.getKeyNode(), seen);
        checkTags(ctx, t.getValueNode(), seen);
      }
    } else if (node instanceof SequenceNode s) {
      for (Node item : s.getValue()) {
        checkTags(ctx, item, seen);
      }
    }
  }

  private static LoaderOptions options(int length) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(Math.max(length + 1, 3 * 1024 * 1024));
    // Global tags (!!java.lang.Runtime, !!python/object ...) are refused while composing.
    options.setTagInspector(tag -> false);
    return options;
  }

  private static String syntaxMessage(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
    String context = e.getContext();
    String what = context == null ? problem : context + ": " + problem;
    what = what.replaceAll("\\s+", " ").trim();
    if (what.contains("Global tag is not allowed") || what.contains("could not determine a constructor")) {
      return "the file uses a YAML tag (" + what + "); tags are not allowed in a plan: remove it";
    }
    return "not valid YAML: " + limitMessage(what) + "; fix the syntax here";
  }

  private static String limitMessage(String message) {
    String m = message == null ? "unreadable YAML" : message.replaceAll("\\s+", " ").trim();
    if (m.contains("aliases")) {
      return "the file uses more than " + MAX_ALIASES + " aliases to lists or mappings (an alias bomb?); write the values out";
    }
    if (m.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
      return "the file is nested more than " + MAX_NESTING + " levels deep; flatten it";
    }
    if (m.contains("code points")) {
      return "the file is too large to read; split it";
    }
    return m;
  }
}
