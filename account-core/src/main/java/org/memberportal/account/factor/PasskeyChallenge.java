/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Instant;
import java.util.UUID;
import org.apiguardian.api.API;
import org.memberportal.account.verification.CodeSubject;

/**
 * A WebAuthn challenge the library handed out: random, for one ceremony of one holder, used once and before it
 * expires.
 *
 * @param id the id the host sends back with the browser's answer
 * @param holder for whom
 * @param ceremony registration or authentication
 * @param challenge the random challenge, Base64url (32 bytes)
 * @param expiresAt until when it may be answered
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record PasskeyChallenge(UUID id, CodeSubject holder, Ceremony ceremony, String challenge,
    Instant expiresAt) {

  /** The two WebAuthn ceremonies. */
  public enum Ceremony {
    /** Registering a new passkey ({@code navigator.credentials.create}). */
    REGISTRATION,
    /** Signing in with a passkey ({@code navigator.credentials.get}). */
    AUTHENTICATION
  }

  /**
   * Whether the challenge may answer this ceremony of this holder now.
   *
   * @param who the holder
   * @param which the ceremony
   * @param now the instant
   * @return true for the right holder and ceremony, before expiry
   */
  public boolean answers(CodeSubject who, Ceremony which, Instant now) {
    return holder.equals(who) && ceremony == which && now.isBefore(expiresAt);
  }
}
