/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Duration;
import org.apiguardian.api.API;
import org.memberportal.account.signin.SignInThrottle;
import org.memberportal.kernel.Text;

/**
 * The host's settings of the second factor.
 *
 * @param issuer the name authenticator apps show above the code ({@code otpauth://} issuer)
 * @param window how many 30-second steps either side of the server's clock a code may come from
 * @param throttle the lockout of wrong codes at the second step, as the password's works
 * @param recoveryCodes how many recovery codes a set holds
 * @param reauthentication how recently the holder must have proved their password or a factor to add or remove one
 * @param challengeLifetime how long a passkey ceremony may take
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record FactorSettings(@Text String issuer, int window, SignInThrottle throttle, int recoveryCodes,
    Duration reauthentication, Duration challengeLifetime) {

  /** Checks the ranges. */
  public FactorSettings {
    if (issuer.isBlank() || issuer.contains(":") || window < 0 || window > 2 || recoveryCodes < 1
        || reauthentication.isNegative() || challengeLifetime.isNegative() || challengeLifetime.isZero()) {
      throw new IllegalArgumentException("factor settings out of range");
    }
  }

  /**
   * The defaults: issuer "Member Portal", one step either side (RFC 6238 section 5.2), the password's throttle, ten
   * recovery codes, re-authentication within 10 minutes, ceremonies within 5 minutes.
   *
   * @return the settings
   */
  public static FactorSettings defaults() {
    return new FactorSettings("Member Portal", 1, SignInThrottle.defaults(), 10, Duration.ofMinutes(10),
        Duration.ofMinutes(5));
  }

  /**
   * {@return the same settings with another issuer}
   *
   * @param value the issuer
   */
  public FactorSettings withIssuer(String value) {
    return new FactorSettings(value, window, throttle, recoveryCodes, reauthentication, challengeLifetime);
  }

  /**
   * {@return the same settings with another re-authentication window}
   *
   * @param value the window
   */
  public FactorSettings withReauthentication(Duration value) {
    return new FactorSettings(issuer, window, throttle, recoveryCodes, value, challengeLifetime);
  }
}
