package io.github.socialstrategy.core.load.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers and dates as the platforms write them. */
class ExportCellsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1200|1200",
        "15,000|15000",
        "1,234,567.5|1234567.5",
        "-3|-3",
        "-1,204|-1204",
        "4.5%|4.5",
        " 12 % |12",
        "0.0592|0.0592",
        ".5|0.5",
        "1e3|1000"
      })
  void numbers(String cell, double expected) {
    assertThat(ExportCells.isAbsent(cell)).isFalse();
    assertThat(ExportCells.number(cell)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12k", "1,2,3", "15,00", "4,5", "1.500,0", "N/A", "--", "0x10", "NaN", "Infinity", "1 000", "%"})
  void notNumbers(String cell) {
    assertThat(ExportCells.number(cell)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-", " - "})
  void noValue(String cell) {
    assertThat(ExportCells.isAbsent(cell)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-07-14|2026-07-14",
        "2017-04-01 14:05 +0000|2017-04-01",
        "2017-04-01 23:59 +0000|2017-04-01",
        "2026-07-14T23:30:00Z|2026-07-14",
        "2026-07-14 23:30:00+02:00|2026-07-14",
        "20260114|2026-01-14",
        "07/14/2026|2026-07-14",
        "7/4/2026 9:30 AM|2026-07-04",
        "07/14/2026 18:05|2026-07-14",
        "'Tue, Jul 14, 2026'|2026-07-14",
        "'Jul 14, 2026'|2026-07-14",
        "'July 14, 2026'|2026-07-14",
        "'Sept 1, 2026'|2026-09-01",
        "'Tuesday, July 14, 2026'|2026-07-14"
      })
  void dates(String cell, LocalDate expected) {
    assertThat(ExportCells.date(cell)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Lifetime",
        "2026-02-30",
        "13/14/2026",
        "14.07.2026",
        "2026011",
        "Mon, Jul 14, 2026",
        "Jux 14, 2026",
        "2026-07-14 25:00",
        "2026-07-14 14:05 tomorrow",
        "Total"
      })
  void notDates(String cell) {
    assertThat(ExportCells.date(cell)).isNull();
  }

  @Test
  void planDatesAreOnlyYearMonthDay() {
    assertThat(ExportCells.isoDate("2026-03-31")).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(ExportCells.isoDate("2026-03-31 10:00")).isNull();
    assertThat(ExportCells.isoDate("20260331")).isNull();
  }

  @Test
  void totalsLabels() {
    assertThat(ExportCells.isTotal("Total")).isTrue();
    assertThat(ExportCells.isTotal(" grand total ")).isTrue();
    assertThat(ExportCells.isTotal("Totals")).isTrue();
    assertThat(ExportCells.isTotal("Total clicks")).isFalse();
  }

  @Test
  void plainNumbersAreTheDoublesJavaReads() {
    // The short decimals of results tables are read without Double.parseDouble; they must be the same doubles.
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder s = new StringBuilder();
      int kind = random.nextInt(4);
      if (kind == 0) {
        s.append(random.nextBoolean() ? "-" : "+");
      }
      int whole = random.nextInt(12);
      for (int d = 0; d < whole; d++) {
        s.append((char) ('0' + random.nextInt(10)));
      }
      if (kind != 1) {
        s.append('.');
        int fraction = random.nextInt(kind == 2 ? 17 : 6);
        for (int d = 0; d < fraction; d++) {
          s.append((char) ('0' + random.nextInt(10)));
        }
      }
      String cell = s.toString();
      if (cell.replaceAll("[^0-9]", "").isEmpty()) {
        assertThat(ExportCells.plainNumber(cell)).as(cell).isNull();
        continue;
      }
      double expected = Double.parseDouble(cell);
      Double actual = ExportCells.plainNumber(cell);
      if (Math.abs(expected) > 1e15) {
        assertThat(actual).as(cell).isNull();
      } else {
        assertThat(Double.doubleToRawLongBits(actual)).as(cell).isEqualTo(Double.doubleToRawLongBits(expected));
      }
    }
    assertThat(Double.doubleToRawLongBits(ExportCells.plainNumber("-0"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(ExportCells.plainNumber("68.8")).isEqualTo(68.8);
    assertThat(ExportCells.plainNumber("0.1")).isEqualTo(0.1);
    assertThat(ExportCells.plainNumber("123456789012345.6")).isEqualTo(123456789012345.6);
  }
}
