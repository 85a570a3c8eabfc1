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

/**
 * Port: the store of one-time codes, one per subject and purpose, with an optimistic version check so that a
 * code is redeemed once even when submitted concurrently.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface IssuedCodes {

  /**
   * Reason of the {@link org.memberportal.kernel.Conflict} for a write based on a stale version: {@link
   * AccountRefusals#VERIFICATION_CONCURRENT_UPDATE}, named here for the store's implementors.
   */
  String STALE = AccountRefusals.VERIFICATION_CONCURRENT_UPDATE;

  /**
   * The code issued for a subject and purpose.
   *
   * @param subject whom the code is for
   * @param purpose what it proves
   * @return the code, if one was issued
   */
  Optional<IssuedCode> find(CodeSubject subject, CodePurpose purpose);

  /**
   * Stores a code, replacing the one of the same subject and purpose; {@code code.version()} is the version it
   * was read at ({@code -1} for a first code). The stored copy gets the next version.
   *
   * @param code the code's new state
   * @return the stored code
   * @throws org.memberportal.kernel.Conflict {@link #STALE} when the stored version differs
   */
  IssuedCode save(IssuedCode code);

  /**
   * Forgets the code of a subject and purpose, if any.
   *
   * @param subject whom the code is for
   * @param purpose what it proves
   */
  void remove(CodeSubject subject, CodePurpose purpose);
}
