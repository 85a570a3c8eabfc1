/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** A command shaped like the library's, to prove constraints on Immutables accessors fire. */
@DomainStyle
@Value.Immutable
abstract class SampleCommand {

  @NotBlank
  @Email
  abstract String email();

  @Size(max = 5, message = "{kernel.sample.too-long}")
  abstract String nickname();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableSampleCommand.Builder {}
}
