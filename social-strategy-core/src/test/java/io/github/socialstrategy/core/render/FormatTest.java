package io.github.socialstrategy.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The site's number formats: the fast whole-number format writes what {@code String.format} writes. */
class FormatTest {

  private static String formatter(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  @Test
  void wholeNumbersAreWhatTheFormatterWrites() {
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
        0.5000000000000001, 999.5, 999.4999999999999, 1_000.0, 999_999.5, 1_234_567.0, -1_234_567.49, 4.35, 1e15 - 0.5,
        1e15 - 1, 1e15, 1e16, -1e15, 4_503_599_627_370_495.5, 9.007199254740993e15, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300));
    Random random = new Random(11);
    for (int i = 0; i < 200_000; i++) {
      double magnitude = Math.pow(10, random.nextInt(17));
      double v = switch (i % 4) {
        case 0 -> random.nextDouble() * magnitude;
        case 1 -> -random.nextDouble() * magnitude;
        case 2 -> Math.floor(random.nextDouble() * magnitude) + 0.5; // exact halves
        default -> Math.rint(random.nextDouble() * magnitude * 100) / 100; // money with cents
      };
      values.add(v);
      values.add(Math.nextUp(v));
      values.add(Math.nextDown(v));
    }
    for (double v : values) {
      assertThat(Format.whole(v)).as("%s", v).isEqualTo(formatter(v));
    }
  }

  @Test
  void countsMoneyAndNumbers() {
    assertThat(Format.count(12_345.5)).isEqualTo("12,346");
    assertThat(Format.count(-2.5)).isEqualTo("-3");
    assertThat(Format.count(Double.NaN)).isEqualTo("–");
    assertThat(Format.money(1_234_567.49, "EUR")).isEqualTo("EUR 1,234,567");
    assertThat(Format.hours(1_234.4)).isEqualTo("1,234 h");
    assertThat(Format.number(1_000.0)).isEqualTo("1,000");
    assertThat(Format.number(1_234.5)).isEqualTo("1,234.5");
  }
}
