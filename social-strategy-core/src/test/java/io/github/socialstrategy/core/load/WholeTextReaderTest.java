package io.github.socialstrategy.core.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.PlanFixture;
import io.github.socialstrategy.core.model.Diagnostic;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The linear YAML character reader gives SnakeYAML exactly what its own reader gives (every node, value
 * and place), and long values stay cheap.
 */
class WholeTextReaderTest {

  /** Every YAML file of the test fixtures and the sample plan. */
  static Stream<Path> yamlFiles() throws Exception {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(PlanFixture.resource("/plans").getParent(), PlanFixture.SAMPLE)) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("yamlFiles")
  void composesEveryFixtureExactlyAsSnakeYamlsOwnReader(Path file) throws Exception {
    String text = new String(Files.readAllBytes(file), UTF_8);
    assertThat(compose(new WholeTextReader(text))).isEqualTo(compose(new StreamReader(new StringReader(text))));
  }

  @Test
  void sameNodesForLineBreaksByteOrderMarksAndWideCharacters() {
    String text = "\uFEFFa: 1\r\nb: \"x\ry\"\rc: [\uD83D\uDE00, \u00e9t\u00e9]\n---\nd: |\n  one\n  two\n";
    assertThat(compose(new WholeTextReader(text))).isEqualTo(compose(new StreamReader(new StringReader(text))));
  }

  @Test
  void aCharacterYamlDoesNotAllowIsRaisedAtItsIndex() {
    String text = "a: 1\nb: x\u0001y\n";
    List<String> nodes = compose(new WholeTextReader(text));
    assertThat(nodes).isEqualTo(compose(new StreamReader(new StringReader(text))));
    assertThat(nodes.get(nodes.size() - 1)).contains("special characters are not allowed");
    assertThatThrownBy(() -> new WholeTextReader(text).forward(10))
        .isInstanceOfSatisfying(ReaderException.class, e -> assertThat(e.getPosition()).isEqualTo(9));
  }

  @Test
  void aTwentyMegabyteValueWithoutSpacesIsReadInLinearTime(@TempDir Path dir) {
    // SnakeYAML's own reader copies such a value n / 1024 times: minutes at this size. Not a timing test:
    // the guard only stops a hang.
    String value = "x".repeat(20_000_000);
    CheckResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PlanFixture.empty(dir)
        .write("big.yaml", "channels:\n  - id: big\n    title: " + value + "\n  - id: after\n    titel: After\n")
        .check());

    assertThat(result.plan().channels().get("big").title()).hasSize(20_000_000);
    Diagnostic unknown = PlanFixture.of(result, io.github.socialstrategy.core.model.Rule.UNKNOWN_KEY).get(0);
    assertThat(PlanFixture.brief(unknown)).isEqualTo("big.yaml:5:5 | error | unknown-key");
  }

  @Test
  void manyLinksInAOneMegabyteDescriptionArePlacedInLinearTime(@TempDir Path dir) {
    StringBuilder links = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      links.append("see [x](channel:c").append(i).append(") ");
    }
    CheckResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PlanFixture.empty(dir)
        .write("links.yaml", "channels:\n  - id: c0\n    title: C\n    description: " + links + "\n")
        .check());

    List<Diagnostic> unresolved = PlanFixture.of(result, io.github.socialstrategy.core.model.Rule.UNRESOLVED_REFERENCE);
    // every link but the first names a missing channel; the summary rule caps the list per file
    assertThat(unresolved.get(0).location().column()).isEqualTo(18 + "see [x](channel:c0) ".length() + "see [x](".length());
  }

  // Every node as "kind value @ start-end", in document order, with its nesting.
  private static List<String> compose(StreamReader reader) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    Composer composer = new Composer(new ParserImpl(reader, options), new Resolver(), options);
    List<String> out = new ArrayList<>();
    try {
      while (composer.checkNode()) {
        describe(composer.getNode(), "", out);
      }
    } catch (YAMLException e) {
      // a broken fixture: the same error, at the same place
      out.add("error " + e.getMessage());
    }
    return out;
  }

  private static void describe(Node node, String indent, List<String> out) {
    String place = place(node.getStartMark()) + "-" + place(node.getEndMark()) + " " + node.getTag().getValue();
    if (node instanceof ScalarNode s) {
      out.add(indent + "scalar " + s.getScalarStyle() + " '" + s.getValue() + "' @" + place);
    } else if (node instanceof SequenceNode s) {
      out.add(indent + "seq @" + place);
      s.getValue().forEach(n -> describe(n, indent + "  ", out));
    } else if (node instanceof MappingNode m) {
      out.add(indent + "map @" + place);
      for (NodeTuple t : m.getValue()) {
        describe(t.getKeyNode(), indent + "  ", out);
        describe(t.getValueNode(), indent + "    ", out);
      }
    }
  }

  private static String place(Mark m) {
    return m.getIndex() + ":" + m.getLine() + ":" + m.getColumn();
  }
}
