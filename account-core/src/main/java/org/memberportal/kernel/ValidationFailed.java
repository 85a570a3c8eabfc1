/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The command's input broke one or more constraints; {@link #violations()} lists each with its stable code,
 * property path and message in the caller's language.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ValidationFailed extends PortalException {

  /** Stable code of this kind of failure. */
  public static final String CODE = "validation-failed";

  private final List<Violation> violations;

  /**
   * Creates the failure from at least one violation.
   *
   * @param violations what was wrong, never empty
   */
  public ValidationFailed(List<Violation> violations) {
    super(violations.isEmpty() ? CODE : violations.get(0).code(), describe(violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates the failure from one violation.
   *
   * @param violation what was wrong
   * @return the failure
   */
  public static ValidationFailed of(Violation violation) {
    return new ValidationFailed(List.of(violation));
  }

  /**
   * Every violation found, in a stable order (by property path, then code).
   *
   * @return the violations
   */
  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String code() {
    return CODE;
  }

  private static String describe(List<Violation> violations) {
    // codes and paths only: messages may quote input, and input may be a secret
    return violations.stream()
        .map(v -> v.path() + ": " + v.code())
        .collect(Collectors.joining(", ", "invalid input [", "]"));
  }
}
