/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.port;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.factor.Passkey;
import org.memberportal.account.factor.PasskeyId;
import org.memberportal.account.verification.CodeSubject;

/**
 * Port: the registered passkeys, several per holder. Writes join the current transaction; the store checks and
 * bumps the version.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface PasskeyRegister {

  /**
   * {@return the passkey, if stored}
   *
   * @param id its id
   */
  Optional<Passkey> find(PasskeyId id);

  /**
   * {@return the passkey an authenticator's credential id names, if stored}
   *
   * @param credentialId the credential id, Base64url
   */
  Optional<Passkey> findByCredential(String credentialId);

  /**
   * {@return the holder's passkeys, oldest first}
   *
   * @param holder whose
   */
  List<Passkey> of(CodeSubject holder);

  /**
   * Stores a new passkey at version 1.
   *
   * @param passkey the passkey, at version 0
   * @return it as stored
   * @throws org.memberportal.kernel.Conflict {@code account.passkey-taken} when its credential id or, for its
   *     holder, its name is stored already
   */
  Passkey add(Passkey passkey);

  /**
   * Replaces the passkey read at its version (its counter after a sign-in, its name after a rename).
   *
   * @param passkey the changed passkey, at the version read
   * @return it as stored, at the next version
   * @throws org.memberportal.kernel.Conflict {@code kernel.stale-version} when it changed or is gone;
   *     {@code account.passkey-taken} when another passkey of its holder has its name (whatever the case)
   */
  Passkey update(Passkey passkey);

  /**
   * Removes a passkey; nothing when it is gone.
   *
   * @param id its id
   */
  void remove(PasskeyId id);
}
