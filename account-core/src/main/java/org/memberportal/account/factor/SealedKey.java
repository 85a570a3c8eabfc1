/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import org.apiguardian.api.API;

/**
 * A TOTP shared key as stored: encrypted with the host's factor key (AES-256-GCM, bound to its holder), so the
 * store alone does not give anyone the key. It never prints itself.
 *
 * @param value {@code v1:} and the Base64 of the nonce and the ciphertext
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record SealedKey(String value) {

  @Override
  public String toString() {
    return "SealedKey[******]";
  }
}
