/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Text;

/**
 * The names a holder gives, declared once with their limits, for accounts of every kind; a password must not
 * contain them ({@link PasswordContext}).
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface HolderNames {

  /**
   * First name.
   *
   * @return first name
   */
  @NotBlank @Size(max = 100)
  @Text
  @Nullable String firstName();

  /**
   * Last name.
   *
   * @return last name
   */
  @NotBlank @Size(max = 100)
  @Text
  @Nullable String lastName();
}
