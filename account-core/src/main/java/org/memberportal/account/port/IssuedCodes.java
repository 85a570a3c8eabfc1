/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.port;

import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.account.verification.IssuedCode;
import org.memberportal.kernel.KernelRefusals;

/**
 * Port: the store of one-time codes, one per subject and purpose, with an optimistic version check so that a
 * code is redeemed once even when submitted concurrently. The store owns the version: {@link #add} stores a first
 * code at version 1, {@link #update} moves it on, and a write based on a stale version is refused with {@link
 * KernelRefusals#STALE_VERSION}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface IssuedCodes {

  /**
   * The code issued for a subject and purpose.
   *
   * @param subject whom the code is for
   * @param purpose what it proves
   * @return the code, if one was issued
   */
  Optional<IssuedCode> find(CodeSubject subject, CodePurpose purpose);

  /**
   * Stores the first code of its subject and purpose.
   *
   * @param code the new code (version 0)
   * @return the stored code, at version 1
   * @throws org.memberportal.kernel.Conflict {@link AccountRefusals#CODE_TAKEN} when its subject and purpose
   *     already have a code
   */
  IssuedCode add(IssuedCode code);

  /**
   * Replaces the code of the same subject and purpose, checking that nobody changed it since it was read.
   *
   * @param code the code's new state, carrying the version it was read at
   * @return the stored code, at the next version
   * @throws org.memberportal.kernel.Conflict {@link KernelRefusals#STALE_VERSION} when the stored version differs
   *     (or the code is gone)
   */
  IssuedCode update(IssuedCode code);

  /**
   * Forgets the code of a subject and purpose, if any.
   *
   * @param subject whom the code is for
   * @param purpose what it proves
   */
  void remove(CodeSubject subject, CodePurpose purpose);
}
