/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.verification;

import org.apiguardian.api.API;

/**
 * Whom a one-time code is for, as an opaque key chosen by the caller (e.g. {@code "account:<id>"} or
 * {@code "candidate:<id>"}), so the same machinery serves every kind of account.
 *
 * @param value the opaque key
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record CodeSubject(String value) {

  /**
   * A subject named by a kind and an id.
   *
   * @param kind e.g. {@code "account"}
   * @param id e.g. the account id
   * @return the subject
   */
  public static CodeSubject of(String kind, Object id) {
    return new CodeSubject(kind + ":" + id);
  }
}
