/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import org.apiguardian.api.API;

/**
 * How the host authenticated an actor: with a password only (or not at all), or with a second factor too (a
 * one-time password from an authenticator app, a recovery code or a passkey). Commands that the host reserves for
 * second-factor actors refuse the others.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public enum Assurance {
  /** A password only, or no authentication at all (a visitor, the library itself). */
  PASSWORD,
  /** A password and a second factor. */
  SECOND_FACTOR
}
