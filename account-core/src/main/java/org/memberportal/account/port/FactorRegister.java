/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.port;

import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.factor.Enrolment;
import org.memberportal.account.verification.CodeSubject;

/**
 * Port: the holders' second-factor enrolments (authenticator key, recovery codes, the second step's throttle), one
 * per holder. Writes join the current transaction; the store checks and bumps the version.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface FactorRegister {

  /**
   * {@return the holder's enrolment, if one was stored}
   *
   * @param holder whose
   */
  Optional<Enrolment> find(CodeSubject holder);

  /**
   * Stores a first enrolment of its holder at version 1.
   *
   * @param enrolment the enrolment, at version 0
   * @return it as stored
   * @throws org.memberportal.kernel.Conflict {@code kernel.stale-version} when the holder has one already
   */
  Enrolment add(Enrolment enrolment);

  /**
   * Replaces the enrolment read at its version.
   *
   * @param enrolment the changed enrolment, at the version read
   * @return it as stored, at the next version
   * @throws org.memberportal.kernel.Conflict {@code kernel.stale-version} when it changed or is gone
   */
  Enrolment update(Enrolment enrolment);

  /**
   * Forgets the holder's enrolment (erasure); nothing when there is none.
   *
   * @param holder whose
   */
  void remove(CodeSubject holder);
}
