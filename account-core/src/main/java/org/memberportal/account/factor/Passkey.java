/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.verification.CodeSubject;

/**
 * A passkey registered to a holder: its public key, never a secret.
 *
 * @param id the library's id
 * @param holder whose, e.g. {@code account:<id>}
 * @param name the holder's name for it (e.g. "laptop"), unique among theirs
 * @param credentialId the authenticator's credential id, Base64url (unique across holders)
 * @param publicKey the COSE public key, Base64url
 * @param signCount the authenticator's signature counter as last seen (0 when it keeps none)
 * @param addedAt when it was registered
 * @param lastUsedAt when it last signed in, if ever
 * @param version the stored version, 0 before it is stored
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record Passkey(PasskeyId id, CodeSubject holder, String name, String credentialId, String publicKey,
    long signCount, Instant addedAt, @Nullable Instant lastUsedAt, long version) {

  /** {@return when it last signed in, if ever} */
  public Optional<Instant> lastUse() {
    return Optional.ofNullable(lastUsedAt);
  }

  /**
   * Whether a signature counter the authenticator reports may follow the stored one: it must grow, unless the
   * authenticator keeps none (both zero, as synced passkeys do); anything else suggests a cloned authenticator.
   *
   * @param reported the counter in the assertion
   * @return true when the assertion may be accepted
   */
  public boolean counterFollows(long reported) {
    return (reported == 0 && signCount == 0) || reported > signCount;
  }

  /**
   * {@return the passkey after a sign-in}
   *
   * @param reported the counter in the assertion
   * @param at when
   */
  public Passkey used(long reported, Instant at) {
    return new Passkey(id, holder, name, credentialId, publicKey, reported, addedAt, at, version);
  }

  /**
   * {@return the passkey under another name (the holder's rename)}
   *
   * @param newName the name, unique among the holder's passkeys
   */
  public Passkey renamed(String newName) {
    return new Passkey(id, holder, newName, credentialId, publicKey, signCount, addedAt, lastUsedAt, version);
  }

  /**
   * {@return a copy at another version (stores only)}
   *
   * @param value the version
   */
  public Passkey withVersion(long value) {
    return new Passkey(id, holder, name, credentialId, publicKey, signCount, addedAt, lastUsedAt, value);
  }
}
