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
}
