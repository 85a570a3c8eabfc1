/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import org.apiguardian.api.API;
import org.memberportal.kernel.Secret;

/**
 * A new authenticator app's key, shown once: the {@code otpauth://} URI a QR code carries, and the key in Base32
 * for typing by hand. Both are secrets and never print.
 *
 * @param uri {@code otpauth://totp/<issuer>:<label>?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30}
 * @param key the key in Base32
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record AuthenticatorKey(Secret uri, Secret key) {}
