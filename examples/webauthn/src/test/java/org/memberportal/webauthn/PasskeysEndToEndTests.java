/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.webauthn;

import static org.assertj.core.api.Assertions.assertThat;

import com.webauthn4j.data.client.ClientDataType;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memberportal.account.factor.Enrolled;
import org.memberportal.account.factor.FactorKind;
import org.memberportal.account.factor.PasskeyAssertion;
import org.memberportal.account.factor.PasskeyAttestation;
import org.memberportal.account.factor.PasskeyOptions;
import org.memberportal.account.factor.PasswordProof;
import org.memberportal.account.factor.SecondFactors;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Assurance;
import org.memberportal.kernel.Secret;

/** A passkey registered and used through the library's ceremonies, verified by webauthn4j. */
class PasskeysEndToEndTests {

  private static final String RP = "portal.example.org";
  private static final String ORIGIN = "https://portal.example.org";

  @Test
  void aPasskeyRegisteredThroughTheLibrarySignsInAtTheSecondStep() {
    AccountWorld world = new AccountWorld(b -> b.passkeyCeremony(new WebAuthnCeremony(RP, Set.of(ORIGIN))));
    AccountId ada = world.activeAccount("ada@example.org");
    Actor.AccountHolder holder = Actor.account(ada);
    SecondFactors factors = world.accounts.secondFactors();
    Authenticator authenticator = new Authenticator();
    factors.reauthenticate(PasswordProof.builder().account(ada).password(Secret.of(AccountFixtures.PASSWORD))
        .build(), holder);

    PasskeyOptions creation = factors.startPasskeyRegistration(ada, holder).value();
    Enrolled enrolled = factors.finishPasskeyRegistration(PasskeyAttestation.builder().account(ada)
        .challengeId(creation.challengeId()).name("security key")
        .clientDataJson(Authenticator.clientData(ClientDataType.WEBAUTHN_CREATE, creation.challenge(), ORIGIN))
        .attestationObject(authenticator.attestation(RP)).build(), holder).value();
    assertThat(enrolled.factor()).isEqualTo(FactorKind.PASSKEY);
    assertThat(enrolled.recoveryCodes()).hasSize(10);

    PasskeyOptions request = factors.startPasskeySignIn(ada, holder).value();
    assertThat(request.credentials()).containsExactly(authenticator.credential());
    String clientData = Authenticator.clientData(ClientDataType.WEBAUTHN_GET, request.challenge(), ORIGIN);
    String data = authenticator.assertionData(RP);
    Actor.AccountHolder upgraded = factors.finishPasskeySignIn(PasskeyAssertion.builder().account(ada)
        .challengeId(request.challengeId()).credentialId(authenticator.credential()).clientDataJson(clientData)
        .authenticatorData(data).signature(Authenticator.sign(authenticator.keys, data, clientData)).build(), holder)
        .value();

    assertThat(upgraded.assurance()).isEqualTo(Assurance.SECOND_FACTOR);
    assertThat(factors.status(ada, holder).passkeys()).singleElement()
        .satisfies(p -> assertThat(p.lastUse()).contains(world.clock.instant()));
  }
}
