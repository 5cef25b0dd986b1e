package io.github.socialstrategy.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV parser's cells and their 1-based lines and columns. */
class CsvParserTest {

  /** Each record as "cell@line:column" strings. */
  private static List<List<String>> parse(String text) throws Exception {
    CsvParser csv = new CsvParser(new StringReader(text));
    List<List<String>> records = new ArrayList<>();
    while (csv.next()) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < csv.size(); i++) {
        cells.add(csv.cell(i) + "@" + csv.line(i) + ":" + csv.column(i));
      }
      records.add(cells);
    }
    return records;
  }

  @Test
  void plainCells() throws Exception {
    assertThat(parse("a,bb,\n1,,333\n"))
        .containsExactly(List.of("a@1:1", "bb@1:3", "@1:6"), List.of("1@2:1", "@2:3", "333@2:4"));
  }

  @Test
  void quotedCellWithCommaAndDoubledQuote() throws Exception {
    assertThat(parse("x,\"a,b\",\"say \"\"hi\"\"\",y\n"))
        .containsExactly(List.of("x@1:1", "a,b@1:3", "say \"hi\"@1:9", "y@1:22"));
  }

  @Test
  void cellAfterAQuotedMultiLineCell() throws Exception {
    assertThat(parse("a,\"one\ntwo\r\nthree\",z\nnext,row\n"))
        .containsExactly(List.of("a@1:1", "one\ntwo\r\nthree@1:3", "z@3:8"), List.of("next@4:1", "row@4:6"));
  }

  @Test
  void crlfLineEndsAndAByteOrderMark() throws Exception {
    assertThat(parse("\uFEFFa,b\r\nc,d\r\n"))
        .containsExactly(List.of("a@1:1", "b@1:3"), List.of("c@2:1", "d@2:3"));
  }

  @Test
  void lastRecordWithoutLineBreak() throws Exception {
    assertThat(parse("a,b\nc,d")).containsExactly(List.of("a@1:1", "b@1:3"), List.of("c@2:1", "d@2:3"));
  }

  @Test
  void unclosedQuoteIsAnErrorAtTheOpeningQuote() {
    assertThatThrownBy(() -> parse("a,b\nc,\"never\nclosed\n"))
        .isInstanceOfSatisfying(CsvParser.CsvSyntaxException.class, e -> {
          assertThat(e.line).isEqualTo(2);
          assertThat(e.column).isEqualTo(3);
          assertThat(e.getMessage()).contains("never closed");
        });
  }

  @Test
  void textAfterAClosingQuoteIsAnErrorAtThatText() {
    assertThatThrownBy(() -> parse("a,\"b\"c,d\n"))
        .isInstanceOfSatisfying(CsvParser.CsvSyntaxException.class, e -> {
          assertThat(e.line).isEqualTo(1);
          assertThat(e.column).isEqualTo(6);
          assertThat(e.getMessage()).contains("written twice");
        });
  }

  @Test
  void cellsSpanningTheReadBufferKeepTheirPlaces() throws Exception {
    String longCell = "x".repeat(70_000);
    assertThat(parse("a," + longCell + ",b\nc\n"))
        .containsExactly(List.of("a@1:1", longCell + "@1:3", "b@1:70004"), List.of("c@2:1"));
  }

  @Test
  void repeatedCellsAndCellsAtEveryBufferBoundaryReadAsWritten() throws Exception {
    // Rows of varied lengths so that cells end, and start, at every offset of the 64K read buffer; repeated
    // cells come back as the same text whether the parser took them from its buffer or its recent cells.
    StringBuilder text = new StringBuilder("date,metric,value\n");
    List<List<String>> expected = new ArrayList<>();
    expected.add(List.of("date@1:1", "metric@1:6", "value@1:13"));
    java.util.Random random = new java.util.Random(7);
    for (int row = 2; text.length() < 3 * 65_536; row++) {
      String date = "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
      String metric = random.nextBoolean() ? "clicks" : "m".repeat(random.nextInt(40));
      String value = Integer.toString(random.nextInt(100_000));
      text.append(date).append(',').append(metric).append(',').append(value).append(row % 3 == 0 ? "\r\n" : "\n");
      expected.add(List.of(date + "@" + row + ":1", metric + "@" + row + ":12", value + "@" + row + ":" + (13 + metric.length())));
    }
    assertThat(parse(text.toString())).isEqualTo(expected);
  }

  @Test
  void lastCellWithoutLineBreakAtTheEndOfTheInput() throws Exception {
    assertThat(parse("a,")).containsExactly(List.of("a@1:1", "@1:3"));
    assertThat(parse("a,bb")).containsExactly(List.of("a@1:1", "bb@1:3"));
  }
}
