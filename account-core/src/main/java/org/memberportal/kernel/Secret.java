/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apiguardian.api.API;

/**
 * A password, code or token in clear. It never prints itself: {@link #toString()} is a fixed mask, so a secret
 * that reaches a log line, an event or an exception message by accident shows nothing.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Secret {

  private static final String MASK = "******";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @param value the secret in clear
   * @return the secret
   */
  public static Secret of(String value) {
    return new Secret(value);
  }

  /**
   * The secret in clear, for the one call that needs it (hashing, comparing, emailing).
   *
   * @return the value
   */
  public String reveal() {
    return value;
  }

  /**
   * Number of characters (code points) of the secret, which policies may check without revealing it.
   *
   * @return the length in code points
   */
  public int length() {
    return value.codePointCount(0, value.length());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret that && MessageDigest.isEqual(
        value.getBytes(StandardCharsets.UTF_8),
        that.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    // constant: secrets are not meant to be keys, and a hash would leak information
    return 0;
  }

  @Override
  public String toString() {
    return MASK;
  }
}
