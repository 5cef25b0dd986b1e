package io.github.socialstrategy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialstrategy.core.init.StarterSettings;
import java.time.LocalDate;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The init goal's parameters → starter settings; the writing itself is the engine's, tested there. */
class InitMojoTest {

  @Test
  void withoutParametersEverySettingHasItsDefault() throws Exception {
    InitMojo mojo = new InitMojo();
    mojo.today = LocalDate.of(2027, 5, 1);
    StarterSettings s = mojo.settings();
    assertEquals("My organisation", s.organisation());
    assertEquals("my-organisation-social-2027", s.planId());
    assertEquals(LocalDate.of(2027, 1, 1), s.period().start());
    assertEquals(LocalDate.of(2027, 12, 31), s.period().end());
    assertEquals("EUR", s.currency());
  }

  @Test
  void parametersBecomeSettings() throws Exception {
    InitMojo mojo = new InitMojo();
    mojo.organisation = "ACME Outdoor";
    mojo.planId = "acme-social";
    mojo.period = "2026-10-01/2027-09-30";
    mojo.currency = "USD";
    StarterSettings s = mojo.settings();
    assertEquals("ACME Outdoor", s.organisation());
    assertEquals("acme-social", s.planId());
    assertEquals(LocalDate.of(2027, 9, 30), s.period().end());
    assertEquals("USD", s.currency());
  }

  @Test
  void aBadParameterIsAPlanFailureThatSaysWhatWouldDo() {
    InitMojo mojo = new InitMojo();
    mojo.currency = "Euro";
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::settings);
    assertTrue(e.getMessage().startsWith("Invalid init parameter: the currency 'Euro' is not an ISO 4217 code"), e.getMessage());
  }
}
