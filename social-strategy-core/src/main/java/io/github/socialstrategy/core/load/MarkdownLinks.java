package io.github.socialstrategy.core.load;

import io.github.socialstrategy.core.model.LinkRef;
import io.github.socialstrategy.core.model.Location;
import io.github.socialstrategy.core.model.Ref;
import io.github.socialstrategy.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds entity links ({@code [text](strategy:ID)}, {@code [ref]: page:NAME}) in Markdown, with their places. */
public final class MarkdownLinks {

  /** The link kinds, in the order the format lists them. */
  public static final List<String> KINDS =
      List.of("objective", "strategy", "activity", "campaign", "channel", "metric", "page");

  private static final Pattern LINK =
      Pattern.compile(
          "(?:\\]\\(\\s*<?|^[ \\t]{0,3}\\[[^\\]\\n]+\\]:[ \\t]*<?)(objective|strategy|activity|campaign|channel|metric|page):([^)\\s>\"']*)",
          Pattern.MULTILINE);

  private MarkdownLinks() {}

  /**
   * Finds links in a Markdown value.
   *
   * @param value the value as the YAML parser gave it
   * @param raw the value as written in the file (with indentation, quotes and folding), used to place each
   *     link at its line and column; when a link is not found verbatim there, the value's start is used
   * @param line the 1-based line where {@code raw} starts
   * @param column the 1-based column where {@code raw} starts
   */
  static List<LinkRef> find(String value, String raw, SourceFile file, int line, int column) {
    List<LinkRef> links = new ArrayList<>();
    Matcher m = LINK.matcher(value);
    int searchFrom = 0;
    // Places are found in increasing order: count lines and columns on from the last one, never from the
    // start again, so a long text with many links stays linear.
    Cursor cursor = new Cursor(line, column);
    while (m.find()) {
      String kind = m.group(1);
      String id = m.group(2);
      String target = kind + ":" + id;
      // Look for the link as written ("](strategy:x"), so that a bare mention of the same target earlier
      // in the text does not take its place; else for the target alone (a link folded over two lines).
      int at = raw.indexOf(m.group(), searchFrom);
      if (at >= 0) {
        at += m.start(1) - m.start();
      } else {
        at = raw.indexOf(target, searchFrom);
      }
      Location place;
      if (at < 0) {
        place = new Location(file, line, column);
      } else {
        searchFrom = at + target.length();
        place = cursor.moveTo(raw, at, file);
      }
      links.add(new LinkRef(kind, new Ref(id, place)));
    }
    return links;
  }

  /** Finds links in a whole Markdown file. */
  public static List<LinkRef> find(String text, SourceFile file) {
    return find(text, text, file, 1, 1);
  }

  /** A line and column in {@code raw}, moved forward only. */
  private static final class Cursor {
    private int offset;
    private int line;
    private int column;

    Cursor(int line, int column) {
      this.line = line;
      this.column = column;
    }

    Location moveTo(String raw, int target, SourceFile file) {
      for (; offset < target; offset++) {
        char ch = raw.charAt(offset);
        if (ch == '\n' || (ch == '\r' && (offset + 1 >= raw.length() || raw.charAt(offset + 1) != '\n'))) {
          line++;
          column = 1;
        } else if (!Character.isLowSurrogate(ch)) {
          column++;
        }
      }
      return new Location(file, line, column);
    }
  }
}
