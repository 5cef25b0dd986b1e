package io.github.socialstrategy.core.init;

import io.github.socialstrategy.core.model.Period;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;

/**
 * What a starter plan is written for: the organisation, the plan's id, its period and its currency. Immutable;
 * {@link #of} fills in what was not given and checks the rest.
 *
 * @param organisation the organisation's name, as people write it
 * @param planId the plan's id (also the starter project's artifact id)
 * @param period the plan's period
 * @param currency an ISO 4217 code
 */
public record StarterSettings(String organisation, String planId, Period period, String currency) {

  /** The organisation's name when none is given. */
  public static final String DEFAULT_ORGANISATION = "My organisation";

  /** The currency when none is given. */
  public static final String DEFAULT_CURRENCY = "EUR";

  private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

  /**
   * Settings from what a user typed, each blank value replaced by its default: the organisation "My
   * organisation", the period the calendar year of {@code today}, the id made of the organisation's name and the
   * period's first year ({@code my-organisation-social-2027}), the currency EUR.
   *
   * @param period a year ({@code 2027}) or two dates ({@code 2026-10-01/2027-09-30}), at least 28 days apart
   * @throws IllegalArgumentException for a value that cannot be used, saying what would do
   */
  public static StarterSettings of(String organisation, String planId, String period, String currency, LocalDate today) {
    String org = blank(organisation) ? DEFAULT_ORGANISATION : organisation.strip();
    if (org.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("the organisation's name must be one line of text");
    }
    Period p = blank(period) ? year(today.getYear()) : period(period.strip());
    String id = blank(planId) ? defaultId(org, p.start().getYear()) : planId.strip();
    if (!id.matches(ID) || id.length() > 64) {
      throw new IllegalArgumentException(
          "the plan id '" + id + "' is not valid: use lower-case letters and digits in words joined by single dashes, at most 64 "
              + "characters, such as acme-social-2027");
    }
    String cur = blank(currency) ? DEFAULT_CURRENCY : currency.strip();
    if (!cur.matches("[A-Z]{3}") || !isCurrency(cur)) {
      throw new IllegalArgumentException("the currency '" + cur + "' is not an ISO 4217 code such as EUR, USD or GBP");
    }
    return new StarterSettings(org, id, p, cur);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static boolean isCurrency(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Period year(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private static Period period(String text) {
    if (text.matches("[0-9]{4}")) {
      return year(Integer.parseInt(text));
    }
    String[] parts = text.split("/", -1);
    String usage = "write the period as a year (2027) or as two dates, start/end (2026-10-01/2027-09-30)";
    if (parts.length != 2) {
      throw new IllegalArgumentException("the period '" + text + "' is not valid: " + usage);
    }
    LocalDate start;
    LocalDate end;
    try {
      start = LocalDate.parse(parts[0].strip());
      end = LocalDate.parse(parts[1].strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("the period '" + text + "' is not valid: " + usage);
    }
    if (end.isBefore(start.plusDays(27))) {
      throw new IllegalArgumentException("the period '" + text + "' must run from its start to an end at least 28 days later");
    }
    return new Period(start, end);
  }

  /** {@code acme-outdoor-social-2027} from "ACME Outdoor" and 2027. */
  static String defaultId(String organisation, int year) {
    String slug =
        java.text.Normalizer.normalize(organisation, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (slug.length() > 45) {
      slug = slug.substring(0, 45).replaceAll("-+$", "");
    }
    return (slug.isEmpty() ? "" : slug + "-") + "social-" + year;
  }
}
