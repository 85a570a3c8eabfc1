/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;

/**
 * The relation of an actor to an account, as the account's workflow table names it.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public enum AccountRole {
  /** Anybody, signed in or not: a visitor who signs up, verifies or recovers an account. */
  ANONYMOUS,
  /** The account's holder. */
  OWNER,
  /** The operator's staff: service desk and administrators. */
  OPERATOR,
  /** The library itself, reacting to an event or a host-run tick. */
  SYSTEM
}
