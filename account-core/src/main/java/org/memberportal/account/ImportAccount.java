/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.NewHolder;
import org.memberportal.kernel.Text;

/**
 * Imports an account from the old platform (A6): it must reset its password before first use.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class ImportAccount implements NewHolder {

  /**
   * Courtesy title code, optional.
   *
   * @return courtesy title code, optional
   */
  @Size(max = 20)
  @Text
  public abstract @Nullable String title();

  /**
   * Gender code, optional.
   *
   * @return gender code, optional
   */
  @Size(max = 40)
  @Text
  public abstract @Nullable String gender();

  /**
   * Job title, optional.
   *
   * @return job title, optional
   */
  @Size(max = 200)
  @Text
  public abstract @Nullable String jobTitle();

  /**
   * Professional role code, optional.
   *
   * @return professional role code, optional
   */
  @Size(max = 40)
  @Text
  public abstract @Nullable String professionalRole();

  /**
   * Preferred language code.
   *
   * @return preferred language code
   */
  @NotBlank
  @Text
  public abstract @Nullable String preferredLanguage();

  /**
   * Data carried over (e.g. affiliation), by name.
   *
   * @return data carried over (e.g. affiliation), by name
   */
  public abstract Map<@Text String, @Text String> legacyAttributes();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Never field values: they are personal data or secrets. */
  @Override
  public String toString() {
    return "ImportAccount{email, firstName, lastName, title, gender, jobTitle, professionalRole, preferredLanguage, legacyAttributes}";
  }

  /** Builds a {@link ImportAccount}. */
  public static final class Builder extends ImmutableImportAccount.Builder {}
}
