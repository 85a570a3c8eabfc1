/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.NewHolder;
import org.memberportal.account.credential.NewPassword;

/**
 * Command: creates a careers account (C1), subject to the staff rule (C2).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class CreateCandidateAccount implements NewHolder, NewPassword {

  // declared again so that the generated builder sees them as optional (type-use annotations of another module's
  // interface are not visible to the annotation processor)
  @Override
  public abstract @Nullable String email();

  @Override
  public abstract @Nullable String firstName();

  @Override
  public abstract @Nullable String lastName();


  /**
   * The language of the candidate's emails.
   *
   * @return the locale
   */
  @NotNull
  public abstract @Nullable Locale language();

  /**
   * The applicant's relation to the organisation.
   *
   * @return the relation
   */
  @NotNull
  public abstract @Nullable StaffRelation relation();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateCandidateAccount}. */
  public static final class Builder extends ImmutableCreateCandidateAccount.Builder {}
}
