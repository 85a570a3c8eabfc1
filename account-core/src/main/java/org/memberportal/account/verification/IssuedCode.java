/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.verification;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The stored state of one one-time code: its keyed hash (never the code), validity, attempts and the resend
 * window. Only {@link VerificationCodes} and {@link org.memberportal.account.port.IssuedCodes} handle it.
 *
 * @param subject whom it is for
 * @param purpose what it proves
 * @param digest HMAC-SHA256 of the code, Base64
 * @param issuedAt when the current code was sent
 * @param expiresAt when it stops working
 * @param attempts submissions counted against the current code
 * @param used whether the current code was redeemed (or revoked)
 * @param windowStart start of the 24-hour window of the send cap
 * @param sendsInWindow codes sent in that window
 * @param version the stored version ({@code 0} until the store adds it)
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record IssuedCode(
    CodeSubject subject,
    CodePurpose purpose,
    String digest,
    Instant issuedAt,
    Instant expiresAt,
    int attempts,
    boolean used,
    Instant windowStart,
    int sendsInWindow,
    long version) {

  /**
   * The same state at another version, for stores.
   *
   * @param next the version
   * @return a copy
   */
  public IssuedCode withVersion(long next) {
    return new IssuedCode(subject, purpose, digest, issuedAt, expiresAt, attempts, used, windowStart, sendsInWindow,
        next);
  }

  /** Never the digest: a hash of a six-digit code is as good as the code. */
  @Override
  public String toString() {
    return "IssuedCode{" + subject.value() + ", " + purpose.value() + ", expires " + expiresAt + ", attempts "
        + attempts + ", used " + used + ", v" + version + "}";
  }
}
