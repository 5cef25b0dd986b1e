package io.github.socialstrategy.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.socialstrategy.core.render.ci.CiReports;
import io.github.socialstrategy.core.render.ci.JunitReport;
import io.github.socialstrategy.core.render.json.SarifReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The CI recipes in docs/ci.md are valid YAML, and name the files the plugin writes. */
class CiRecipesTest {

  private static final Pattern YAML_BLOCK = Pattern.compile("(?s)```yaml\\n(.*?)```");

  private static List<Map<String, Object>> recipes() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "ci.md"), StandardCharsets.UTF_8);
    List<Map<String, Object>> out = new ArrayList<>();
    Matcher m = YAML_BLOCK.matcher(doc);
    while (m.find()) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      out.add(new Yaml(new SafeConstructor(options)).load(m.group(1)));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return (List<Object>) o;
  }

  @Test
  void theGitHubWorkflowChecksPullRequestsAndPublishesTheSite() throws IOException {
    Map<String, Object> workflow = recipes().get(0);
    // YAML 1.1 reads the key "on" as true, as GitHub reads it as "on".
    assertThat(workflow.containsKey("on") || workflow.containsKey(Boolean.TRUE)).isTrue();
    Map<String, Object> check = map(map(workflow.get("jobs")).get("check"));
    List<Object> steps = list(check.get("steps"));
    Map<String, Object> checkout = map(steps.get(0));
    assertThat(checkout.get("uses")).isEqualTo("actions/checkout@v4");
    assertThat(map(checkout.get("with")).get("fetch-depth")).isEqualTo(0);
    String run = steps.stream().map(s -> String.valueOf(map(s).get("run"))).filter(r -> r.contains("./mvnw")).findFirst().orElseThrow();
    assertThat(run).contains("-DsocialStrategy.baseline=origin/${{ github.base_ref }}").contains("-DsocialStrategy.failOnNewOnly=true");
    Map<String, Object> upload = steps.stream().map(CiRecipesTest::map)
        .filter(s -> "github/codeql-action/upload-sarif@v3".equals(s.get("uses"))).findFirst().orElseThrow();
    assertThat(map(upload.get("with")).get("sarif_file")).isEqualTo("target/social-strategy-check/" + new SarifReport().fileName());
    assertThat(upload.get("if")).asString().startsWith("always()");
    Map<String, Object> comment = steps.stream().map(CiRecipesTest::map)
        .filter(s -> String.valueOf(s.get("run")).contains("gh pr comment")).findFirst().orElseThrow();
    assertThat(comment.get("run")).asString().contains("--body-file target/social-strategy-check/changes.md");
    // A fork's pull request has a read-only token: the steps that write to the repository are skipped there.
    String sameRepository = "github.event.pull_request.head.repo.full_name == github.repository";
    assertThat(upload.get("if")).asString().contains("&& " + sameRepository + " &&");
    assertThat(comment.get("if")).asString().startsWith("always()").contains("&& " + sameRepository + " &&");
    // Every other step runs for a fork too: none asks for a write token, and the summary reaches the run's page.
    for (Object o : steps) {
      Map<String, Object> step = map(o);
      if (step != upload && step != comment) {
        assertThat(String.valueOf(step.get("if"))).doesNotContain("head.repo");
        assertThat(String.valueOf(step.get("env"))).doesNotContain("github.token");
      }
    }
    assertThat(steps.stream().map(s -> String.valueOf(map(s).get("run"))))
        .anyMatch(r -> r.contains("target/social-strategy-check/changes.md >> \"$GITHUB_STEP_SUMMARY\""));
    assertThat(check.get("if")).isEqualTo("github.event_name == 'pull_request'");
    assertThat(map(check.get("permissions"))).containsEntry("security-events", "write").containsEntry("pull-requests", "write");

    Map<String, Object> site = map(map(workflow.get("jobs")).get("site"));
    assertThat(list(site.get("steps")).stream().map(s -> map(s).get("uses"))).contains("actions/deploy-pages@v4");
  }

  @Test
  void theGitLabJobReportsJunitPostsTheSummaryAndPublishesPages() throws IOException {
    Map<String, Object> ci = recipes().get(1);
    assertThat(map(ci.get("variables"))).containsEntry("GIT_DEPTH", "0");
    Map<String, Object> job = map(ci.get("social-strategy"));
    assertThat(map(map(job.get("artifacts")).get("reports")).get("junit"))
        .isEqualTo("target/social-strategy-check/" + new JunitReport().fileName());
    assertThat(String.join("\n", list(job.get("script")).stream().map(String::valueOf).toList()))
        .contains("-DsocialStrategy.baseline=\"origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\"");
    assertThat(String.valueOf(list(job.get("after_script")).get(0))).contains("merge_requests/$CI_MERGE_REQUEST_IID/notes")
        .contains("body@target/social-strategy-check/changes.md");
    Map<String, Object> pages = map(ci.get("pages"));
    assertThat(list(map(pages.get("artifacts")).get("paths"))).containsExactly("public");
  }

  @Test
  void theRecipesNameEveryReportTheyUse() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "ci.md"), StandardCharsets.UTF_8);
    CiReports.all().forEach(r -> assertThat(doc).contains(r.fileName()));
  }
}
