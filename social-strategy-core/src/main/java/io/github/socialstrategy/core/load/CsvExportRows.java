package io.github.socialstrategy.core.load;

import io.github.socialstrategy.core.load.imports.ExportRows;
import io.github.socialstrategy.core.model.SourceFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A text export read through the loader's CSV parser: strict decoding (a bad byte is reported where it is,
 * never replaced), any delimiter, and Excel's {@code sep=,} first line (which names the delimiter) skipped.
 */
final class CsvExportRows implements ExportRows {

  private final PlanTree tree;
  private final SourceFile file;
  private final Charset charset;
  private final Reader reader;
  private final CsvParser csv;
  private boolean first = true;

  private CsvExportRows(PlanTree tree, SourceFile file, Charset charset, char delimiter) throws IOException {
    this.tree = tree;
    this.file = file;
    this.charset = charset;
    InputStream in = new BufferedInputStream(tree.open(file.planPath()), 1 << 16);
    this.reader =
        new InputStreamReader(
            in,
            charset.equals(StandardCharsets.UTF_8)
                ? TextDecoding.strictUtf8()
                : charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    this.csv = new CsvParser(reader, delimiter);
  }

  /** The loader's opener: every results table and import's text file goes through it, from the plan's tree. */
  static ExportRows open(PlanTree tree, SourceFile file, Charset charset, char delimiter) throws IOException {
    return new CsvExportRows(tree, file, charset, delimiter);
  }

  @Override
  public boolean next() throws IOException, UnreadableException {
    try {
      boolean more = csv.next();
      if (more && first) {
        first = false;
        if (isSepLine()) {
          return csv.next();
        }
      }
      return more;
    } catch (CsvParser.CsvSyntaxException e) {
      throw new UnreadableException("not valid CSV: " + e.getMessage(), e.line, e.column);
    } catch (CharacterCodingException e) {
      if (!charset.equals(StandardCharsets.UTF_8)) {
        throw new UnreadableException(
            "the file is not valid " + charset.name() + " text around here; export it again", csv.currentLine(), 1);
      }
      // The reader decodes ahead of the parser, so the parser's line is not where the bad byte is.
      TextDecoding.NotUtf8Exception bad;
      try (InputStream again = tree.open(file.planPath())) {
        bad = TextDecoding.locate(again);
      }
      if (bad != null) {
        throw new UnreadableException(TextDecoding.message(bad), bad.line, bad.column);
      }
      throw new UnreadableException(TextDecoding.message(e), csv.currentLine(), 1);
    }
  }

  /** Excel's first line {@code sep=,} names the delimiter; it is no row of the table. */
  private boolean isSepLine() {
    if (csv.size() == 0 || !csv.cell(0).startsWith("sep=")) {
      return false;
    }
    return csv.size() == 1 || (csv.size() == 2 && csv.cell(0).equals("sep=") && csv.cell(1).isEmpty());
  }

  @Override
  public int size() {
    return csv.size();
  }

  @Override
  public String cell(int i) {
    return csv.cell(i);
  }

  @Override
  public int line(int i) {
    return csv.line(i);
  }

  @Override
  public int column(int i) {
    return csv.column(i);
  }

  @Override
  public int recordLine() {
    return csv.recordLine();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
