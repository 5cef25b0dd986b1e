package io.github.socialstrategy.core.load;

import io.github.socialstrategy.core.model.Keyword;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Period;
import io.github.socialstrategy.core.model.PlanFormat;
import io.github.socialstrategy.core.model.Ref;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Source;
import io.github.socialstrategy.core.model.Suggestions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML mapping of the plan format: reports duplicate and unknown keys on opening, then hands out
 * typed values, reporting a missing or malformed value at its own place and returning null for it, so that
 * one bad value never hides the findings about the others.
 */
final class MappingReader {

  private final YamlContext ctx;
  private final MappingNode node;
  private final Map<String, Node> values = new LinkedHashMap<>();
  private final Map<String, Location> keyPlaces = new HashMap<>();
  private String label;

  private MappingReader(YamlContext ctx, MappingNode node, String label) {
    this.ctx = ctx;
    this.node = node;
    this.label = label;
  }

  /**
   * Opens a mapping, or reports that the node is not one and returns null.
   *
   * @param label how the mapping is named in messages before its id is known: "an activity"
   * @param keys the keys the format allows here
   */
  static MappingReader open(YamlContext ctx, Node node, String label, List<String> keys) {
    if (!(node instanceof MappingNode mapping)) {
      ctx.diagnostics.report(
          Rule.INVALID_VALUE,
          ctx.at(node),
          label + " must be a mapping of keys to values (" + String.join(", ", keys) + "), not "
              + describe(node));
      return null;
    }
    MappingReader reader = new MappingReader(ctx, mapping, label);
    reader.collect(keys);
    return reader;
  }

  private void collect(List<String> keys) {
    List<NodeTuple> unknown = new ArrayList<>();
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
        ctx.diagnostics.report(
            Rule.INVALID_VALUE, ctx.at(keyNode), "a key in " + label + " must be a plain word, not " + describe(keyNode));
        continue;
      }
      String key = scalar.getValue();
      Location place = ctx.at(keyNode);
      Location first = keyPlaces.get(key);
      if (first != null) {
        ctx.diagnostics.report(
            Rule.DUPLICATE_KEY,
            place,
            "key '" + key + "' appears twice in " + label + " (first at line " + first.line() + "); the second is ignored",
            "keep one of them",
            List.of(first));
        continue;
      }
      keyPlaces.put(key, place);
      if (keys.contains(key)) {
        values.put(key, tuple.getValueNode());
      } else {
        unknown.add(tuple);
      }
    }
    // Name the entity by its id in messages about its keys, where it has one.
    if (keys.contains("id") && values.get("id") instanceof ScalarNode id && !id.getTag().equals(Tag.NULL)) {
      if (label.startsWith("a ")) {
        label = label.substring(2) + " '" + id.getValue() + "'";
      } else if (label.startsWith("an ")) {
        label = label.substring(3) + " '" + id.getValue() + "'";
      }
    }
    for (NodeTuple tuple : unknown) {
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      String hint = Suggestions.didYouMean(key, keys);
      ctx.diagnostics.report(
          Rule.UNKNOWN_KEY,
          ctx.at(tuple.getKeyNode()),
          "unknown key '" + key + "' in " + label + "; the keys here are " + String.join(", ", keys),
          hint);
    }
  }

  /** How the mapping is named in messages: "activity 'weekly-video'". */
  String label() {
    return label;
  }

  Location at() {
    return ctx.at(node);
  }

  /** The value node of a key, or null when absent or written empty ({@code key:} or {@code ~}). */
  Node node(String key) {
    Node n = values.get(key);
    return isNull(n) ? null : n;
  }

  boolean has(String key) {
    return node(key) != null;
  }

  Location place(String key) {
    Node n = values.get(key);
    return n == null ? at() : ctx.at(n);
  }

  /** Where the entity and each of its values were written. */
  Source source() {
    Map<String, Location> places = new HashMap<>();
    values.forEach((k, v) -> places.put(k, ctx.at(v)));
    return new Source(at(), places, ctx.at(node.getEndMark()));
  }

  private Node required(String key, boolean required, String what) {
    Node n = node(key);
    if (n == null && required) {
      ctx.diagnostics.report(
          Rule.MISSING_FIELD,
          values.containsKey(key) ? place(key) : at(),
          label + " has no " + (values.containsKey(key) ? "value for " : "") + "'" + key + "': add " + what);
    }
    return n;
  }

  private void invalid(Node n, String key, String expected) {
    ctx.diagnostics.report(
        Rule.INVALID_VALUE, ctx.at(n), "'" + key + "' of " + label + " must be " + expected + ", not " + describe(n));
  }

  /** A text value (numbers and dates written plainly are taken as their text). */
  String text(String key, boolean required) {
    Node n = required(key, required, "it");
    if (n == null) {
      return null;
    }
    if (!(n instanceof ScalarNode s)) {
      invalid(n, key, "text");
      return null;
    }
    return s.getValue();
  }

  /** The entity's {@code id}, checked against the id pattern. */
  String id() {
    String id = text("id", true);
    if (id != null && !Ids.isValid(id)) {
      ctx.diagnostics.report(
          Rule.INVALID_VALUE,
          place("id"),
          "id '" + id + "' of " + label + " is not valid: " + Ids.RULE,
          Ids.suggest(id));
    }
    return id;
  }

  /** A single reference by id. */
  Ref ref(String key, boolean required, String what) {
    Node n = required(key, required, what);
    if (n == null) {
      return null;
    }
    if (!(n instanceof ScalarNode s)) {
      invalid(n, key, what);
      return null;
    }
    return new Ref(s.getValue(), ctx.at(n));
  }

  /** A list of references by id, each with its own place; an empty list when absent. */
  List<Ref> refs(String key, boolean required, String what) {
    Node n = required(key, required, "a list of " + what);
    if (n == null) {
      return List.of();
    }
    if (!(n instanceof SequenceNode seq)) {
      invalid(n, key, "a list of " + what + " like [a, b]");
      return List.of();
    }
    List<Ref> refs = new ArrayList<>(seq.getValue().size());
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode s && !isNull(s)) {
        refs.add(new Ref(s.getValue(), ctx.at(item)));
      } else {
        invalid(item, key, "a list of " + what);
      }
    }
    return refs;
  }

  /** A list of plain words (tags); an empty list when absent. */
  List<String> strings(String key) {
    return refs(key, false, "words").stream().map(Ref::id).collect(Collectors.toList());
  }

  /** The items of a list value; an empty list when absent. */
  List<Node> list(String key, boolean required, String what) {
    Node n = required(key, required, "a list of " + what);
    if (n == null) {
      return List.of();
    }
    if (!(n instanceof SequenceNode seq)) {
      invalid(n, key, "a list of " + what);
      return List.of();
    }
    return seq.getValue();
  }

  /** A number; with {@code nonNegative}, 0 or more. */
  Double number(String key, boolean required, boolean nonNegative) {
    Node n = required(key, required, "a number");
    if (n == null) {
      return null;
    }
    Double value = n instanceof ScalarNode s && !isQuoted(s) ? Numbers.parseYaml(s.getValue()) : null;
    if (value == null) {
      invalid(n, key, "a number" + (nonNegative ? " of 0 or more" : ""));
      return null;
    }
    if (nonNegative && value < 0) {
      invalid(n, key, "0 or more");
      return null;
    }
    return value;
  }

  /** A date written {@code YYYY-MM-DD}. */
  LocalDate date(String key, boolean required) {
    Node n = required(key, required, "a date (YYYY-MM-DD)");
    if (n == null) {
      return null;
    }
    LocalDate date = n instanceof ScalarNode s ? Dates.parse(s.getValue()) : null;
    if (date == null) {
      invalid(n, key, "a date written YYYY-MM-DD, such as 2026-03-31");
    }
    return date;
  }

  /** {@code true} or {@code false}. */
  boolean bool(String key, boolean defaultValue) {
    Node n = node(key);
    if (n == null) {
      return defaultValue;
    }
    if (n instanceof ScalarNode s && !isQuoted(s)) {
      if (s.getValue().equals("true")) {
        return true;
      }
      if (s.getValue().equals("false")) {
        return false;
      }
    }
    invalid(n, key, "true or false");
    return defaultValue;
  }

  /** One of an enumeration's keywords; the default when absent or invalid. */
  <E extends Enum<E> & Keyword> E keyword(String key, Class<E> type, E defaultValue, boolean required) {
    E[] constants = type.getEnumConstants();
    List<String> words = new ArrayList<>();
    for (E e : constants) {
      words.add(e.keyword());
    }
    Node n = required(key, required, "one of " + String.join(" | ", words));
    if (n == null) {
      return defaultValue;
    }
    if (n instanceof ScalarNode s) {
      for (E e : constants) {
        if (e.keyword().equals(s.getValue())) {
          return e;
        }
      }
      ctx.diagnostics.report(
          Rule.INVALID_VALUE,
          ctx.at(n),
          "'" + key + "' of " + label + " must be one of " + String.join(" | ", words) + ", not '" + s.getValue() + "'",
          Suggestions.didYouMean(s.getValue(), words));
      return defaultValue;
    }
    invalid(n, key, "one of " + String.join(" | ", words));
    return defaultValue;
  }

  /** A nested mapping, or null when absent or not a mapping. */
  MappingReader child(String key, boolean required, String childLabel, List<String> keys) {
    Node n = required(key, required, childLabel);
    return n == null ? null : open(ctx, n, childLabel + " of " + label, keys);
  }

  /** A {@code { start, end }} period; null when absent or not a mapping. */
  Period period(String key, boolean required) {
    MappingReader p = child(key, required, "the period", PlanFormat.PERIOD.names());
    if (p == null) {
      return null;
    }
    return new Period(p.date("start", true), p.date("end", true));
  }

  /** The Markdown text of {@code description}, with the places of its entity links. */
  MarkdownText markdown(String key) {
    Node n = node(key);
    if (n == null) {
      return MarkdownText.NONE;
    }
    if (!(n instanceof ScalarNode s)) {
      invalid(n, key, "Markdown text");
      return MarkdownText.NONE;
    }
    int start = ctx.offset(s.getStartMark().getLine(), s.getStartMark().getColumn());
    int end = ctx.offset(s.getEndMark().getLine(), s.getEndMark().getColumn());
    String raw = ctx.text.substring(start, Math.max(start, end));
    return new MarkdownText(
        s.getValue(), MarkdownLinks.find(s.getValue(), raw, ctx.file, s.getStartMark().getLine() + 1, s.getStartMark().getColumn() + 1));
  }

  static boolean isNull(Node n) {
    return n == null || (n instanceof ScalarNode s && s.getTag().equals(Tag.NULL));
  }

  private static boolean isQuoted(ScalarNode s) {
    return !s.isPlain();
  }

  /** A node as a user would name it in a message. */
  static String describe(Node n) {
    if (n instanceof MappingNode) {
      return "a mapping";
    }
    if (n instanceof SequenceNode) {
      return "a list";
    }
    if (n instanceof ScalarNode s) {
      if (s.getTag().equals(Tag.NULL)) {
        return "an empty value";
      }
      String v = s.getValue();
      return "'" + (v.length() > 60 ? v.substring(0, 57) + "..." : v) + "'";
    }
    return "this";
  }
}
