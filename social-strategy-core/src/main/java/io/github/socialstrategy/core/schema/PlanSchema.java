package io.github.socialstrategy.core.schema;

import io.github.socialstrategy.core.model.PlanFormat;
import io.github.socialstrategy.core.model.PlanFormat.Key;
import io.github.socialstrategy.core.model.PlanFormat.Shape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of a plan file, generated from the format's catalogue ({@link PlanFormat})
 * that the loader opens every mapping with, so editors offer exactly the keys the loader accepts. It checks
 * what the loader checks while reading a file (unknown and missing keys, types, ids, dates, closed values);
 * references between files and the plan rules are left to the {@code check} goal.
 *
 * <p>It uses only keywords that draft-07 also knows, so editors that implement an older draft read it too.
 */
public final class PlanSchema {

  /** The file name editors and the site use for it. */
  public static final String FILE_NAME = "plan.schema.json";

  private PlanSchema() {}

  /** The schema as JSON text (UTF-8 when written), the same bytes on every run. */
  public static String json() {
    return JsonText.write(tree());
  }

  /** {@link #json()} as UTF-8 bytes. */
  public static byte[] bytes() {
    return json().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes the schema to the file named by the only argument; the plugin's build ships it in its jar this way.
   *
   * @throws java.io.IOException when the file cannot be written
   */
  public static void main(String[] args) throws java.io.IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PlanSchema <file to write>");
    }
    java.nio.file.Path file = java.nio.file.Path.of(args[0]);
    java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
    java.nio.file.Files.write(file, bytes());
  }

  /** The schema as a tree of maps and lists. */
  static Map<String, Object> tree() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.putAll(object(PlanFormat.DOCUMENT));
    root.put("description", PlanFormat.DOCUMENT.description()
        + " An empty file, or one holding only comments, is allowed. This schema checks keys, types and values;"
        + " references between entities and the plan's rules are checked by the plugin's check goal.");
    // An empty document (only comments) is null.
    root.put("type", List.of("object", "null"));
    Map<String, Object> defs = new LinkedHashMap<>();
    for (Shape shape : PlanFormat.shapes()) {
      if (shape != PlanFormat.DOCUMENT) {
        Map<String, Object> def = object(shape);
        if (optionalMapping(shape)) {
          // Written with no value (schedule:), an optional mapping counts as absent.
          def.put("type", List.of("object", "null"));
        }
        defs.put(shape.name(), def);
      }
    }
    root.put("$defs", defs);
    return root;
  }

  /**
   * Whether a shape is used as an optional mapping value (the plan, a schedule), which may then be empty. A
   * shape used both ways would need two definitions: refused, so the day it happens is noticed.
   */
  private static boolean optionalMapping(Shape shape) {
    boolean optional = false;
    boolean required = false;
    for (Shape s : PlanFormat.shapes()) {
      for (Key k : s.keys()) {
        if (k.type() == PlanFormat.Type.MAPPING && k.shape() == shape) {
          optional |= !k.required();
          required |= k.required();
        }
      }
    }
    if (optional && required) {
      throw new IllegalStateException(shape.name() + " is both an optional and a required mapping");
    }
    return optional;
  }

  private static Map<String, Object> object(Shape shape) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("title", shape.title());
    o.put("description", shape.description());
    o.put("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Key k : shape.keys()) {
      Map<String, Object> value = value(k);
      Map<String, Object> property = new LinkedHashMap<>();
      property.put("description", k.description());
      property.putAll(k.required() || k.type() == PlanFormat.Type.MAPPING ? value : nullable(value));
      properties.put(k.name(), property);
      if (k.required()) {
        required.add(k.name());
      }
    }
    o.put("properties", properties);
    if (!required.isEmpty()) {
      o.put("required", required);
    }
    o.put("additionalProperties", false);
    for (Key k : shape.keys()) {
      if (k.requiredUnless() != null) {
        conditional(shape, k, o);
      }
    }
    return o;
  }

  /** A key required unless another key has a given value: required when that key has any other valid value. */
  private static void conditional(Shape shape, Key k, Map<String, Object> o) {
    String[] condition = k.requiredUnless().split("=", 2);
    Key other = shape.key(condition[0]);
    List<Object> others = new ArrayList<>();
    if (other.type() == PlanFormat.Type.FORMAT) {
      // An import needs metrics for every format of the registry whose rows do not name their own.
      for (String id : io.github.socialstrategy.core.load.imports.ExportFormats.ids()) {
        if (io.github.socialstrategy.core.load.imports.ExportFormats.needsMetrics(io.github.socialstrategy.core.load.imports.ExportFormats.byId(id))) {
          others.add(id);
        }
      }
    } else {
      others.addAll(other.keywords());
      others.remove(condition[1]);
    }
    Map<String, Object> when = new LinkedHashMap<>();
    when.put("properties", Map.of(other.name(), Map.of("enum", others)));
    when.put("required", List.of(other.name()));
    o.put("if", when);
    Map<String, Object> then = new LinkedHashMap<>();
    then.put("properties", Map.of(k.name(), value(k)));
    then.put("required", List.of(k.name()));
    o.put("then", then);
  }

  /** Optional keys may be written with no value ({@code owner:}): the loader reads that as absent. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> nullable(Map<String, Object> value) {
    Map<String, Object> out = new LinkedHashMap<>(value);
    Object type = value.get("type");
    if (type instanceof String t) {
      out.put("type", List.of(t, "null"));
    } else if (type instanceof List<?> types) {
      List<Object> more = new ArrayList<>(types);
      more.add("null");
      out.put("type", more);
    } else if (value.containsKey("enum")) {
      List<Object> more = new ArrayList<>((List<Object>) value.get("enum"));
      more.add(null);
      out.put("enum", more);
    } else {
      out = new LinkedHashMap<>();
      out.put("anyOf", List.of(value, Map.of("type", "null")));
    }
    return out;
  }

  private static Map<String, Object> value(Key k) {
    Map<String, Object> v = new LinkedHashMap<>();
    switch (k.type()) {
      case ID -> id(v);
      case TEXT, MARKDOWN, REFERENCE -> scalar(v);
      case CURRENCY -> {
        v.put("type", "string");
        v.put("pattern", "^[A-Z]{3}$");
        v.put("examples", List.of("EUR", "USD", "GBP"));
      }
      case REFERENCES, WORDS -> {
        v.put("type", "array");
        v.put("items", scalar(new LinkedHashMap<>()));
      }
      case IDS -> {
        v.put("type", "array");
        v.put("items", id(new LinkedHashMap<>()));
      }
      case NUMBER -> number(v, -PlanFormat.MAX_NUMBER, PlanFormat.MAX_NUMBER);
      case AMOUNT -> number(v, 0.0, PlanFormat.MAX_NUMBER);
      case DATE -> date(v);
      case BOOLEAN -> v.put("type", "boolean");
      case KEYWORD -> v.put("enum", new ArrayList<Object>(k.keywords()));
      case FORMAT -> v.put("enum", new ArrayList<Object>(io.github.socialstrategy.core.load.imports.ExportFormats.ids()));
      case MAPPING -> v.put("$ref", "#/$defs/" + k.shape().name());
      case LIST -> {
        v.put("type", "array");
        v.put("items", Map.of("$ref", "#/$defs/" + k.shape().name()));
      }
      case ALLOCATION -> {
        v.put("type", "object");
        v.put("propertyNames", id(new LinkedHashMap<>()));
        v.put("additionalProperties", number(new LinkedHashMap<>(), 0.0, 100.0));
      }
      case COLUMNS -> {
        v.put("type", "object");
        v.put("additionalProperties", scalar(new LinkedHashMap<>()));
      }
      case MILESTONES -> {
        v.put("type", "object");
        v.put("propertyNames", Map.of("pattern", PlanFormat.DATE_PATTERN));
        v.put("additionalProperties", number(new LinkedHashMap<>(), -PlanFormat.MAX_NUMBER, PlanFormat.MAX_NUMBER));
      }
      default -> throw new IllegalStateException("no schema for " + k.type());
    }
    return v;
  }

  // A plain value: text, or a number or boolean written plainly, which the loader takes as its text.
  private static Map<String, Object> scalar(Map<String, Object> v) {
    v.put("type", List.of("string", "number", "boolean"));
    return v;
  }

  // Ids may be written as plain numbers (2026), which the loader takes as their text.
  private static Map<String, Object> id(Map<String, Object> v) {
    v.put("type", List.of("string", "integer"));
    v.put("pattern", PlanFormat.ID_PATTERN);
    v.put("maxLength", PlanFormat.ID_MAX_LENGTH);
    v.put("minimum", 0);
    return v;
  }

  private static Map<String, Object> number(Map<String, Object> v, double min, double max) {
    v.put("type", "number");
    v.put("minimum", min);
    v.put("maximum", max);
    return v;
  }

  private static Map<String, Object> date(Map<String, Object> v) {
    v.put("type", "string");
    v.put("format", "date");
    v.put("pattern", PlanFormat.DATE_PATTERN);
    return v;
  }
}
