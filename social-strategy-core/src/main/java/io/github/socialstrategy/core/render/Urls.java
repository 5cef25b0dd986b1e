package io.github.socialstrategy.core.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The site's stable URLs: {@code objectives/<id>.html} and so on. Ids that break the id rule (already
 * reported) are encoded so that no plan text can name a path outside the site.
 */
public final class Urls {

  private Urls() {}

  /** The directory of an entity kind: {@code objective} → {@code objectives}. */
  public static String dir(String kind) {
    return switch (kind) {
      case "objective" -> "objectives";
      case "strategy" -> "strategies";
      case "activity" -> "activities";
      case "campaign" -> "campaigns";
      case "channel" -> "channels";
      case "metric" -> "metrics";
      case "page" -> "pages";
      default -> throw new IllegalArgumentException("unknown kind " + kind);
    };
  }

  /** The site path of an entity's page, from the site root. */
  public static String of(String kind, String id) {
    if (kind.equals("page")) {
      StringBuilder sb = new StringBuilder("pages/");
      String[] parts = id.split("/", -1);
      for (int i = 0; i < parts.length; i++) {
        sb.append(i > 0 ? "/" : "").append(safe(parts[i], true));
      }
      return sb.append(".html").toString();
    }
    return dir(kind) + "/" + safe(id, false) + ".html";
  }

  /** A file name made of the id's safe characters, others encoded as {@code _xx} bytes. */
  static String safe(String id, boolean allowUpper) {
    StringBuilder sb = new StringBuilder();
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (allowUpper && c >= 'A' && c <= 'Z');
      if (ok) {
        sb.append(c);
      } else {
        sb.append('_').append(String.format(Locale.ROOT, "%02x", b & 0xff));
      }
    }
    return sb.length() == 0 ? "_" : sb.toString();
  }

  /** The prefix from a page at {@code path} back to the site root: {@code ""} or {@code "../"}... */
  public static String root(String path) {
    int depth = 0;
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '/') {
        depth++;
      }
    }
    return "../".repeat(depth);
  }
}
