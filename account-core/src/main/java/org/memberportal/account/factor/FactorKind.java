/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import org.apiguardian.api.API;

/**
 * A kind of second factor.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public enum FactorKind {
  /** A one-time password from an authenticator app (RFC 6238). */
  TOTP,
  /** One of the single-use recovery codes, the way back in when the app or the passkey is lost. */
  RECOVERY_CODE,
  /** A passkey (WebAuthn): a key pair on the holder's device or password manager. */
  PASSKEY
}
