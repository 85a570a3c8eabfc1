/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.EnteredCode;
import org.memberportal.kernel.Secret;

/**
 * {@link EnteredCode} for the careers commands that redeem a code: its accessors declared again so that the
 * generated builders see them as optional (type-use annotations of another module's interface are not visible to
 * the annotation processor); the constraints stay those of {@link EnteredCode}.
 */
interface EnteredCandidateCode extends EnteredCode {

  @Override
  @Nullable String email();

  @Override
  @Nullable Secret code();
}
