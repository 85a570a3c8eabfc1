/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.webauthn;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecord;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.memberportal.account.factor.NewPasskey;
import org.memberportal.account.factor.Passkey;
import org.memberportal.account.factor.PasskeyAssertion;
import org.memberportal.account.factor.PasskeyAttestation;
import org.memberportal.account.port.PasskeyCeremony;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebAuthn checks of a relying party (its id and origins) on webauthn4j: a registration's client data (type
 * {@code webauthn.create}, the challenge, an allowed origin), its authenticator data (the relying party id's hash,
 * user presence, an ES256, EdDSA or RS256 key) and its attestation statement's format (any; passkeys rarely carry
 * a trusted attestation, so none is required); an authentication's client data, authenticator data and signature
 * with the stored public key. The library keeps the challenges and judges the counters.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class WebAuthnCeremony implements PasskeyCeremony {

  private static final Logger LOG = LoggerFactory.getLogger(WebAuthnCeremony.class);
  private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
      new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
      new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.EdDSA),
      new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));

  private final String rpId;
  private final Set<Origin> origins;
  private final ObjectConverter converter = new ObjectConverter();
  private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager(converter);

  /**
   * The ceremonies of a relying party.
   *
   * @param rpId the relying party's id, the host's domain (e.g. {@code portal.example.org})
   * @param origins the origins its pages are served from (e.g. {@code https://portal.example.org})
   */
  public WebAuthnCeremony(String rpId, Set<String> origins) {
    this.rpId = Objects.requireNonNull(rpId);
    this.origins = origins.stream().map(Origin::create).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Optional<NewPasskey> register(PasskeyAttestation answer, String challenge) {
    try {
      RegistrationData data = manager.verify(new RegistrationRequest(bytes(answer.attestationObject()),
          bytes(answer.clientDataJson())), new RegistrationParameters(server(challenge), ALGORITHMS, false, true));
      AuthenticatorData<?> authenticator = Objects.requireNonNull(data.getAttestationObject()).getAuthenticatorData();
      AttestedCredentialData credential = Objects.requireNonNull(authenticator.getAttestedCredentialData());
      return Optional.of(new NewPasskey(text(credential.getCredentialId()),
          text(converter.getCborConverter().writeValueAsBytes(credential.getCOSEKey())), authenticator.getSignCount()));
    } catch (RuntimeException e) {
      // webauthn4j's verification and conversion failures are runtime exceptions; the message may quote the input
      LOG.info("a passkey registration did not verify: {}", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  @Override
  public OptionalLong authenticate(PasskeyAssertion answer, String challenge, Passkey passkey) {
    try {
      byte[] credentialId = bytes(passkey.credentialId());
      COSEKey key = Objects.requireNonNull(converter.getCborConverter().readValue(bytes(passkey.publicKey()),
          COSEKey.class));
      CredentialRecord record = new CredentialRecordImpl(new NoneAttestationStatement(), null, null, null,
          passkey.signCount(), new AttestedCredentialData(AAGUID.ZERO, credentialId, key), null, null, null, null);
      AuthenticationData data = manager.verify(new AuthenticationRequest(bytes(answer.credentialId()), null,
          bytes(answer.authenticatorData()), bytes(answer.clientDataJson()), null, bytes(answer.signature())),
          new AuthenticationParameters(server(challenge), record, List.of(credentialId), false, true));
      return OptionalLong.of(Objects.requireNonNull(data.getAuthenticatorData()).getSignCount());
    } catch (RuntimeException e) {
      LOG.info("a passkey sign-in did not verify: {}", e.getClass().getSimpleName());
      return OptionalLong.empty();
    }
  }

  private ServerProperty server(String challenge) {
    return ServerProperty.builder().origins(origins).rpId(rpId).challenge(new DefaultChallenge(bytes(challenge)))
        .build();
  }

  private static byte[] bytes(@org.jspecify.annotations.Nullable String base64url) {
    return Base64.getUrlDecoder().decode(Objects.requireNonNull(base64url));
  }

  private static String text(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
