/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.memberportal.account.factor.PasskeyOptions;

/**
 * What a page's script needs for {@code navigator.credentials.create} or {@code .get}: the library's options with
 * the portal's relying party and, to register, the name the authenticator shows for the holder.
 *
 * @param challengeId what the answer sends back
 * @param challenge the challenge, Base64url
 * @param rpId the relying party's id
 * @param rpName the relying party's name
 * @param userHandle the holder's opaque user handle, Base64url
 * @param userName the holder's address, which the authenticator shows (registration)
 * @param credentials the credential ids to exclude (registration) or allow (authentication), Base64url
 * @param expiresAt until when the ceremony may finish
 */
public record Ceremony(UUID challengeId, String challenge, String rpId, String rpName, String userHandle,
    String userName, List<String> credentials, Instant expiresAt) {

  /** Copies the list. */
  public Ceremony {
    credentials = List.copyOf(credentials);
  }

  /**
   * The options of a ceremony for this relying party.
   *
   * @param options the library's options
   * @param rpId the relying party's id
   * @param rpName its name
   * @param userName the holder's address
   * @return the ceremony
   */
  public static Ceremony of(PasskeyOptions options, String rpId, String rpName, String userName) {
    return new Ceremony(options.challengeId(), options.challenge(), rpId, rpName, options.userHandle(), userName,
        options.credentials(), options.expiresAt());
  }
}
