/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Text;

/**
 * A relative of the candidate who works for the organisation or the UN common system.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class Relative implements ProfileEntry {

  @Override
  public final Section section() {
    return Section.RELATIVES;
  }

  /**
   * The relative's full name.
   *
   * @return the name
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String name();

  /**
   * How they are related (e.g. sister).
   *
   * @return the relationship
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String relationship();

  /**
   * Where they work.
   *
   * @return the employer
   */
  public abstract RelativeEmployer employer();

  /**
   * The organisation's name, when it is another organisation of the common system.
   *
   * @return the organisation
   */
  @Size(max = SHORT)
  @Text
  public abstract String organisation();

  /**
   * Starts an entry.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Relative}. */
  public static final class Builder extends ImmutableRelative.Builder {}
}
