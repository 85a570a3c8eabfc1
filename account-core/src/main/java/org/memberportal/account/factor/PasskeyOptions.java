/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * What the browser needs to run a ceremony ({@code PublicKeyCredentialCreationOptions} or
 * {@code ...RequestOptions}); the relying party's id and name are the host's (its WebAuthn adapter).
 *
 * @param challengeId what the host sends back with the browser's answer
 * @param challenge the challenge, Base64url
 * @param userHandle the holder's opaque WebAuthn user handle, Base64url (no personal data)
 * @param credentials the holder's passkeys' credential ids, Base64url: to exclude at registration, to allow at
 *     authentication
 * @param expiresAt until when the ceremony may finish
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record PasskeyOptions(UUID challengeId, String challenge, String userHandle, List<String> credentials,
    Instant expiresAt) {

  /** Copies the list. */
  public PasskeyOptions {
    credentials = List.copyOf(credentials);
  }
}
