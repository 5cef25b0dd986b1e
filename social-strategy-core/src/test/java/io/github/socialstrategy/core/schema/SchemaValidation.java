package io.github.socialstrategy.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Validates plan files against the generated schema with an independent validator (networknt, on Jackson's
 * YAML reader), as an editor would: each YAML document of a file on its own.
 */
public final class SchemaValidation {

  /** One schema error: the keyword that failed, where (a JSON pointer) and the validator's message. */
  public record Problem(String file, int document, String keyword, String pointer, String message) {
    @Override
    public String toString() {
      return file + " #" + document + " " + pointer + ": " + keyword + ": " + message;
    }
  }

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(PlanSchema.json());

  private SchemaValidation() {}

  /** The schema errors of one YAML text. */
  public static List<Problem> validate(String name, String yaml) {
    List<Problem> problems = new ArrayList<>();
    int document = 0;
    try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      while (docs.hasNextValue()) {
        JsonNode node = docs.nextValue();
        document++;
        for (Error e : SCHEMA.validate(node)) {
          problems.add(new Problem(name, document, e.getKeyword(), pointer(e.getInstanceLocation()), e.getMessage()));
        }
      }
    }
    return problems;
  }

  /** The schema errors of every YAML file under a plan directory. */
  public static List<Problem> validateDirectory(Path dir) {
    List<Problem> problems = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList()) {
        problems.addAll(validate(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  /** How many YAML files there are under a directory: a test of a directory must have read some. */
  public static long yamlFiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String pointer(NodePath path) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      s.append('/').append(path.getElement(i));
    }
    return s.toString();
  }
}
