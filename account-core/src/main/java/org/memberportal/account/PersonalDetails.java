/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.HolderNames;
import org.memberportal.kernel.Text;

/**
 * The personal details a holder gives at sign-up (A1) and edits later (A7), declared once with their limits.
 * The codes are checked against the {@link org.memberportal.account.reference.ReferenceData}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface PersonalDetails extends HolderNames {

  /**
   * Courtesy title code (reference data), optional.
   *
   * @return courtesy title code, optional
   */
  @Size(max = 20)
  @Text
  @Nullable String title();

  /**
   * Gender code (reference data).
   *
   * @return gender code
   */
  @NotBlank
  @Text
  @Nullable String gender();

  /**
   * Job title, optional.
   *
   * @return job title, optional
   */
  @Size(max = 200)
  @Text
  @Nullable String jobTitle();

  /**
   * Professional role code (reference data).
   *
   * @return professional role code
   */
  @NotBlank
  @Text
  @Nullable String professionalRole();

  /**
   * Preferred language code (reference data).
   *
   * @return preferred language code
   */
  @NotBlank
  @Text
  @Nullable String preferredLanguage();

  /**
   * Whether the holder wants the newsletter; no when not given.
   *
   * @return whether the holder wants the newsletter
   */
  @Value.Default
  default boolean newsletter() {
    return false;
  }
}
