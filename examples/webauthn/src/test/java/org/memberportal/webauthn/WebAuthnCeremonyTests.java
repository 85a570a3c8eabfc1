/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.webauthn;

import static org.assertj.core.api.Assertions.assertThat;

import com.webauthn4j.data.client.ClientDataType;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.memberportal.account.factor.NewPasskey;
import org.memberportal.account.factor.Passkey;
import org.memberportal.account.factor.PasskeyAssertion;
import org.memberportal.account.factor.PasskeyAttestation;
import org.memberportal.account.factor.PasskeyId;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.AccountId;

/** The relying party's checks of the browser's answers, against hand-built attestations and assertions. */
class WebAuthnCeremonyTests {

  private static final String RP = "portal.example.org";
  private static final String ORIGIN = "https://portal.example.org";
  private static final String CHALLENGE = Authenticator.text(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
      14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
  private static final String OTHER_CHALLENGE = Authenticator.text(new byte[32]);

  private final WebAuthnCeremony ceremony = new WebAuthnCeremony(RP, Set.of(ORIGIN));
  private final Authenticator authenticator = new Authenticator();

  private PasskeyAttestation attestation(String challenge, String origin, String rpId) {
    return PasskeyAttestation.builder().account(AccountId.random()).challengeId(UUID.randomUUID()).name("key")
        .clientDataJson(Authenticator.clientData(ClientDataType.WEBAUTHN_CREATE, challenge, origin))
        .attestationObject(authenticator.attestation(rpId)).build();
  }

  private Passkey stored() {
    NewPasskey created = ceremony.register(attestation(CHALLENGE, ORIGIN, RP), CHALLENGE).orElseThrow();
    return new Passkey(PasskeyId.random(), new CodeSubject("account:1"), "key", created.credentialId(),
        created.publicKey(), created.signCount(), java.time.Instant.EPOCH, null, 1);
  }

  private PasskeyAssertion assertion(String challenge, String origin, java.security.KeyPair signer) {
    String clientData = Authenticator.clientData(ClientDataType.WEBAUTHN_GET, challenge, origin);
    String data = authenticator.assertionData(RP);
    return PasskeyAssertion.builder().account(AccountId.random()).challengeId(UUID.randomUUID())
        .credentialId(authenticator.credential()).clientDataJson(clientData).authenticatorData(data)
        .signature(Authenticator.sign(signer, data, clientData)).build();
  }

  @Test
  void aRegistrationAnsweringTheChallengeFromAnAllowedOriginGivesTheCredentialAndItsPublicKey() {
    NewPasskey created = ceremony.register(attestation(CHALLENGE, ORIGIN, RP), CHALLENGE).orElseThrow();

    assertThat(created.credentialId()).isEqualTo(authenticator.credential());
    assertThat(created.publicKey()).isNotBlank();
    assertThat(created.signCount()).isZero();
  }

  @Test
  void aRegistrationForAnotherChallengeOriginOrRelyingPartyIsRefused() {
    assertThat(ceremony.register(attestation(CHALLENGE, ORIGIN, RP), OTHER_CHALLENGE)).isEmpty();
    assertThat(ceremony.register(attestation(CHALLENGE, "https://evil.example.net", RP), CHALLENGE)).isEmpty();
    assertThat(ceremony.register(attestation(CHALLENGE, ORIGIN, "evil.example.net"), CHALLENGE)).isEmpty();
  }

  @Test
  void anAssertionSignedByThePasskeyGivesTheAuthenticatorsCounter() {
    Passkey passkey = stored();

    assertThat(ceremony.authenticate(assertion(CHALLENGE, ORIGIN, authenticator.keys), CHALLENGE, passkey))
        .hasValue(1);
    assertThat(ceremony.authenticate(assertion(CHALLENGE, ORIGIN, authenticator.keys), CHALLENGE, passkey))
        .hasValue(2);
  }

  @Test
  void anAssertionSignedByAnotherKeyForAnotherChallengeOrFromAnotherOriginIsRefused() {
    Passkey passkey = stored();

    assertThat(ceremony.authenticate(assertion(CHALLENGE, ORIGIN, new Authenticator().keys), CHALLENGE, passkey))
        .isEmpty();
    assertThat(ceremony.authenticate(assertion(CHALLENGE, ORIGIN, authenticator.keys), OTHER_CHALLENGE, passkey))
        .isEmpty();
    assertThat(ceremony.authenticate(assertion(CHALLENGE, "https://evil.example.net", authenticator.keys),
        CHALLENGE, passkey)).isEmpty();
  }

  @Test
  void aRegistrationAnswerIsNoAssertion() {
    Passkey passkey = stored();
    String clientData = Authenticator.clientData(ClientDataType.WEBAUTHN_CREATE, CHALLENGE, ORIGIN);
    String data = authenticator.assertionData(RP);
    PasskeyAssertion wrongType = PasskeyAssertion.builder().account(AccountId.random())
        .challengeId(UUID.randomUUID()).credentialId(authenticator.credential()).clientDataJson(clientData)
        .authenticatorData(data).signature(Authenticator.sign(authenticator.keys, data, clientData)).build();

    assertThat(ceremony.authenticate(wrongType, CHALLENGE, passkey)).isEmpty();
  }
}
