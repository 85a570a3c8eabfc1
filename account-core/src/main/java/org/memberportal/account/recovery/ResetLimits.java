/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.recovery;

import org.apiguardian.api.API;

/**
 * How many reset codes go out for one address in 24 hours, so that nobody can stop a holder from resetting and
 * a flood still sends a bounded number of emails (A5; ASVS 2.4.1). Requests carrying a {@link Requester} key fall
 * into one of {@code groups} groups by a keyed hash of the key; each group has its own code, its own attempts
 * and cool-down, and at most {@code perRequester} codes in 24 hours. All groups together, with the requests that
 * carry no key (one more group, limited by the code rules' daily cap), send at most {@code perAddress} codes in
 * 24 hours: that bounds the inbox and the guesses (per address times the attempts per code).
 *
 * @param perRequester most codes for one group of requesters in 24 hours
 * @param perAddress most codes for one address in 24 hours, all requesters together
 * @param groups how many groups requester keys are sorted into
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record ResetLimits(int perRequester, int perAddress, int groups) {

  /** Checks the limits make sense. */
  public ResetLimits {
    if (perRequester < 1 || perAddress < perRequester || groups < 1 || groups > 256) {
      throw new IllegalArgumentException("reset limits out of range");
    }
  }

  /**
   * The defaults: 2 codes a group of requesters, 20 an address (with 5 attempts a code, at most 100 guesses a
   * day), 16 groups.
   *
   * @return the limits
   */
  public static ResetLimits defaults() {
    return new ResetLimits(2, 20, 16);
  }
}
