/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Text;

/**
 * A training, accreditation or certificate.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class Qualification implements ProfileEntry {

  @Override
  public final Section section() {
    return Section.QUALIFICATIONS;
  }

  /**
   * Whether it is a training, an accreditation or a certificate.
   *
   * @return the kind
   */
  public abstract QualificationKind kind();

  /**
   * Its title.
   *
   * @return the title
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String title();

  /**
   * Who issued it.
   *
   * @return the issuer
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String issuer();

  /**
   * When it was obtained.
   *
   * @return the date
   */
  public abstract LocalDate obtained();

  /**
   * Starts an entry.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Qualification}. */
  public static final class Builder extends ImmutableQualification.Builder {}
}
