/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.port;

import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.memberportal.account.factor.NewPasskey;
import org.memberportal.account.factor.Passkey;
import org.memberportal.account.factor.PasskeyAssertion;
import org.memberportal.account.factor.PasskeyAttestation;

/**
 * Port: the WebAuthn verification of the browser's answers, for the host's relying party (its id and origins):
 * the library hands out and checks the challenges, keeps the passkeys and judges the counters; the adapter checks
 * the signatures and the client data. The reference adapter is {@code member-portal-webauthn}'s
 * {@code WebAuthnCeremony} (webauthn4j); without one, passkeys are refused.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface PasskeyCeremony {

  /** The ceremony of a host without WebAuthn: every answer is refused. */
  PasskeyCeremony REFUSING = new PasskeyCeremony() {
    @Override
    public Optional<NewPasskey> register(PasskeyAttestation answer, String challenge) {
      return Optional.empty();
    }

    @Override
    public OptionalLong authenticate(PasskeyAssertion answer, String challenge, Passkey passkey) {
      return OptionalLong.empty();
    }
  };

  /**
   * Verifies a registration: the client data's type, challenge and origin, the attestation's relying-party id
   * hash, user presence and verification flags and its format.
   *
   * @param answer the browser's answer
   * @param challenge the challenge handed out, Base64url
   * @return the credential to store, or empty when the answer does not verify
   */
  Optional<NewPasskey> register(PasskeyAttestation answer, String challenge);

  /**
   * Verifies an authentication with a stored passkey: client data, relying-party id hash, flags and the signature
   * with the stored public key.
   *
   * @param answer the browser's answer
   * @param challenge the challenge handed out, Base64url
   * @param passkey the stored passkey the answer names
   * @return the signature counter the authenticator reports, or empty when the answer does not verify
   */
  OptionalLong authenticate(PasskeyAssertion answer, String challenge, Passkey passkey);
}
