package io.github.socialstrategy.core.load;

import io.github.socialstrategy.core.model.Diagnostics;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.SourceFile;
import java.io.IOException;
import java.io.StringReader;
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
import org.yaml.snakeyaml.resolver.Resolver;

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

  void read(SourceFile file) throws IOException {
    long size = tree.size(file.planPath());
    if (size > MAX_BYTES) {
      diagnostics.report(
          Rule.YAML_SYNTAX,
          Location.of(file),
          "the file is " + size / (1024 * 1024) + " MiB, over the " + MAX_BYTES / (1024 * 1024)
              + " MiB limit for a YAML file; split it into several files");
      return;
    }
    String text;
    try {
      text = TextDecoding.decode(tree.readAllBytes(file.planPath()));
    } catch (TextDecoding.NotUtf8Exception e) {
      diagnostics.report(Rule.YAML_SYNTAX, new Location(file, e.line, e.column), TextDecoding.message(e));
      return;
    }
    // YAML 1.1 counts U+2028, U+2029 and U+0085 as line breaks; editors do not, so every place after one
    // (pasted from a web page, typically) would be a line off. Read them as spaces.
    text = text.replace('\u2028', ' ').replace('\u2029', ' ').replace('\u0085', ' ');
    YamlContext ctx = new YamlContext(file, text, diagnostics);
    LoaderOptions options = options(text.length());
    try {
      // What Yaml.composeAll does, over a reader that is linear in the length of a value (see WholeTextReader).
      Composer documents = new Composer(new ParserImpl(new WholeTextReader(text), options), new Resolver(), options);
      while (documents.checkNode()) {
        Node document = documents.getNode();
        if (document != null) {
          checkTags(ctx, document, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
          sections.readDocument(ctx, document);
        }
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      diagnostics.report(Rule.YAML_SYNTAX, ctx.at(mark), syntaxMessage(e));
    } catch (ReaderException e) {
      // A character YAML does not allow (NUL, other controls): it carries no mark, only its index.
      diagnostics.report(
          Rule.YAML_SYNTAX,
          ctx.atCodePoint(e.getPosition()),
          String.format(
              "the file holds the control character U+%04X here, which YAML does not allow; remove it", e.getCodePoint()));
    } catch (YAMLException e) {
      diagnostics.report(Rule.YAML_SYNTAX, Location.of(file), limitMessage(e.getMessage()));
    } catch (StackOverflowError e) {
      // Belt and braces: the nesting limit should stop this first.
      diagnostics.report(
          Rule.YAML_SYNTAX, Location.of(file), "the file is nested too deeply to read; flatten it");
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
