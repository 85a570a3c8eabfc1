/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A value with text in every place a command can hold it, to prove the kernel's text rule. */
@DomainStyle
@Value.Immutable
abstract class TextSample {

  @Text
  abstract String line();

  @Text(multiLine = true)
  abstract String body();

  abstract Optional<@Text String> note();

  abstract List<@Text String> tags();

  abstract Map<@Text String, @Text String> attributes();

  static TextSample of(String line) {
    return builder().line(line).body("").build();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableTextSample.Builder {}
}
