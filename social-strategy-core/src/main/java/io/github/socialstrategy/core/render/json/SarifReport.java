package io.github.socialstrategy.core.render.json;

import io.github.socialstrategy.core.compare.Changes;
import io.github.socialstrategy.core.compare.Snapshot;
import io.github.socialstrategy.core.model.Diagnostic;
import io.github.socialstrategy.core.model.EntityLocator;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Rule;
import io.github.socialstrategy.core.model.Severity;
import io.github.socialstrategy.core.model.SourceFile;
import io.github.socialstrategy.core.render.ci.CiInput;
import io.github.socialstrategy.core.render.ci.CiReport;
import io.github.socialstrategy.core.render.ci.Tool;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code social-strategy.sarif}: the findings as SARIF 2.1.0, so code scanning annotates the plan's lines
 * in a pull request. Rules come from the {@link Rule} enum; paths are relative to the repository root; each
 * result's {@code partialFingerprints} is made from its rule, entity and message key, so an alert keeps its
 * identity when lines move.
 */
public final class SarifReport implements CiReport {

  /** The key of this plugin's fingerprint in {@code partialFingerprints}. */
  public static final String FINGERPRINT = "socialStrategyFinding/v1";

  @Override
  public String id() {
    return "sarif";
  }

  @Override
  public String fileName() {
    return "social-strategy.sarif";
  }

  @Override
  public byte[] write(CiInput in) {
    JsonWriter w = new JsonWriter();
    w.beginObject();
    w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    w.field("version", "2.1.0");
    w.name("runs").beginArray().beginObject();
    w.name("tool").beginObject().name("driver").beginObject();
    w.field("name", Tool.NAME);
    // The build's own version, from a filtered resource: the same plugin always writes the same bytes.
    // No informationUri: the project publishes no web address of its own yet, and SARIF makes it optional.
    if (Tool.version() != null) {
      w.field("version", Tool.version());
      w.field("semanticVersion", Tool.version());
    }
    w.name("rules").beginArray();
    for (Rule r : Rule.values()) {
      w.beginObject();
      w.field("id", r.id());
      w.field("name", name(r));
      w.name("shortDescription").beginObject().field("text", capital(r.trigger()) + ".").endObject();
      w.name("fullDescription").beginObject()
          .field("text", "Reported when " + r.trigger() + ". Default severity: " + r.defaultSeverity().label() + ".").endObject();
      w.name("help").beginObject().field("text", "To fix: " + r.fix() + ".")
          .field("markdown", "**To fix:** " + r.fix() + ".").endObject();
      w.name("defaultConfiguration").beginObject().field("level", level(in.severity(r)))
          .field("enabled", in.severity(r) != Severity.OFF).endObject();
      w.endObject();
    }
    w.endArray();
    w.endObject().endObject();
    w.field("columnKind", "utf16CodeUnits");
    if (in.hasBaseline()) {
      w.name("properties").beginObject().field("baseline", in.comparison().changes().baseline()).endObject();
    }
    Map<SourceFile, String> paths = in.repositoryPaths();
    EntityLocator entities = in.entities();
    List<Changes.Status> statuses = in.statuses();
    Map<String, Integer> seen = new HashMap<>();
    w.name("results").beginArray();
    List<Diagnostic> all = in.result().diagnostics();
    for (int i = 0; i < all.size(); i++) {
      Diagnostic d = all.get(i);
      EntityLocator.Entity e = entities.at(d.location());
      w.beginObject();
      w.field("ruleId", d.rule().id());
      w.field("ruleIndex", d.rule().ordinal());
      w.field("level", level(d.severity()));
      w.name("message").beginObject().field("text", d.fullMessage()).endObject();
      if (d.location().file() != null) {
        w.name("locations").beginArray();
        location(w, d.location(), paths, null);
        w.endArray();
      }
      List<Location> related = d.related().stream().filter(l -> l.file() != null).toList();
      if (!related.isEmpty()) {
        w.name("relatedLocations").beginArray();
        for (int j = 0; j < related.size(); j++) {
          location(w, related.get(j), paths, j + 1);
        }
        w.endArray();
      }
      String identity = d.rule().id() + "\0" + (e == null ? "file:" + paths.getOrDefault(d.location().file(), "") : e.kind() + ":" + e.id())
          + "\0" + Snapshot.messageKey(d.fullMessage());
      int n = seen.merge(identity, 1, Integer::sum);
      w.name("partialFingerprints").beginObject().field(FINGERPRINT, sha256(identity + "\0" + n)).endObject();
      if (in.hasBaseline()) {
        w.field("baselineState", statuses.get(i) == Changes.Status.NEW ? "new" : "unchanged");
      }
      if (e != null) {
        w.name("properties").beginObject().field("entityKind", e.kind()).field("entityId", e.id()).endObject();
      }
      w.endObject();
    }
    w.endArray();
    w.endObject().endArray();
    w.endObject();
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void location(JsonWriter w, Location at, Map<SourceFile, String> paths, Integer id) {
    w.beginObject();
    if (id != null) {
      w.field("id", id);
    }
    w.name("physicalLocation").beginObject();
    w.name("artifactLocation").beginObject().field("uri", uri(paths.getOrDefault(at.file(), at.file().displayPath()))).endObject();
    w.name("region").beginObject().field("startLine", Math.max(1, at.line())).field("startColumn", Math.max(1, at.column())).endObject();
    w.endObject();
    w.endObject();
  }

  /** A relative URI: path segments percent-encoded where URIs need it. */
  static String uri(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0;
      sb.append(ok ? String.valueOf((char) c) : String.format(java.util.Locale.ROOT, "%%%02X", c));
    }
    return sb.toString();
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
      case OFF -> "none";
    };
  }

  /** {@code untraced-activity} → {@code UntracedActivity}: SARIF's name for a rule. */
  private static String name(Rule r) {
    StringBuilder sb = new StringBuilder();
    for (String part : r.id().split("-")) {
      sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return sb.toString();
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
