/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.testkit;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.memberportal.account.factor.NewPasskey;
import org.memberportal.account.factor.Passkey;
import org.memberportal.account.factor.PasskeyAssertion;
import org.memberportal.account.factor.PasskeyAttestation;
import org.memberportal.account.port.PasskeyCeremony;

/**
 * A WebAuthn ceremony for the library's own rules (challenges, counters, names), without cryptography: an answer
 * "verifies" when its client data is the challenge handed out; a registration's attestation object is the
 * credential id, an assertion's signature the counter (a signature that is not a number does not verify, as a
 * forged one would not). The real verification is member-portal-webauthn's.
 */
public final class FakeCeremony implements PasskeyCeremony {

  @Override
  public Optional<NewPasskey> register(PasskeyAttestation answer, String challenge) {
    return challenge.equals(answer.clientDataJson())
        ? Optional.of(new NewPasskey(Objects.requireNonNull(answer.attestationObject()), "cose-key", 0))
        : Optional.empty();
  }

  @Override
  public OptionalLong authenticate(PasskeyAssertion answer, String challenge, Passkey passkey) {
    String counter = Objects.requireNonNullElse(answer.signature(), "");
    return challenge.equals(answer.clientDataJson()) && passkey.credentialId().equals(answer.credentialId())
        && counter.matches("[0-9]{1,18}") ? OptionalLong.of(Long.parseLong(counter)) : OptionalLong.empty();
  }
}
