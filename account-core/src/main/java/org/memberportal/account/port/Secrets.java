/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.port;

import org.apiguardian.api.API;

/**
 * Port: the host's source of keys. One-time codes are stored as a keyed hash (HMAC-SHA256) with this key, so a
 * leaked code table alone does not let anyone test the million possible codes.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Secrets {

  /**
   * The key of the keyed hash of one-time codes; stable for the lifetime of the issued codes.
   *
   * @return at least 32 bytes (a copy the caller may clear)
   */
  byte[] codeKey();

  /**
   * The key that encrypts the second factor's shared keys (AES-256-GCM) and hashes its recovery codes; stable for
   * as long as those are stored. The default derives it from {@link #codeKey()} (HMAC-SHA256 of a fixed label), so a
   * host that rotates the code key should return a key of its own here.
   *
   * @return at least 32 bytes (a copy the caller may clear)
   * @since 0.2.0
   */
  default byte[] factorKey() {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(codeKey(), "HmacSHA256"));
      return mac.doFinal("memberportal/second-factor".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
    }
  }
}
