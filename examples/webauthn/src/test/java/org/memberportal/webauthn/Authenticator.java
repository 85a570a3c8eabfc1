/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.webauthn;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.CollectedClientDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.ClientDataType;
import com.webauthn4j.data.client.CollectedClientData;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A software authenticator for the tests, built by hand from webauthn4j's data model: an ES256 key pair, a
 * "none" attestation, assertions signed over the authenticator data and the client data's hash, as a browser and
 * a security key would produce them (webauthn4j-test is not on Maven Central for this version).
 */
final class Authenticator {

  private static final byte UP = 0x01;
  private static final byte AT = 0x40;
  private static final ObjectConverter CONVERTER = new ObjectConverter();

  final KeyPair keys;
  final byte[] credentialId = new byte[16];
  long counter;

  Authenticator() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      keys = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    new SecureRandom().nextBytes(credentialId);
  }

  String credential() {
    return text(credentialId);
  }

  /** The client data a browser at the origin sends for a ceremony of this type and challenge. */
  static String clientData(ClientDataType type, String challenge, String origin) {
    return text(new CollectedClientDataConverter(CONVERTER).convertToBytes(new CollectedClientData(type,
        new DefaultChallenge(Base64.getUrlDecoder().decode(challenge)), new Origin(origin), null)));
  }

  /** The attestation object of a new credential for the relying party ("none" attestation). */
  String attestation(String rpId) {
    AuthenticatorData<?> data = new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)),
        (byte) (UP | AT), 0, new AttestedCredentialData(AAGUID.ZERO, credentialId,
        EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256)));
    @SuppressWarnings({"unchecked", "rawtypes"})
    AttestationObject object = new AttestationObject((AuthenticatorData) data, new NoneAttestationStatement());
    return new AttestationObjectConverter(CONVERTER).convertToBase64urlString(object);
  }

  /** The authenticator data of an assertion for the relying party, with the next counter value. */
  String assertionData(String rpId) {
    counter++;
    return text(new AuthenticatorDataConverter(CONVERTER).convert(new AuthenticatorData<>(
        sha256(rpId.getBytes(StandardCharsets.UTF_8)), UP, counter)));
  }

  /** The ES256 signature (DER) of authenticator data and client data, with a key pair. */
  static String sign(KeyPair with, String authenticatorData, String clientData) {
    try {
      Signature signature = Signature.getInstance("SHA256withECDSA");
      signature.initSign(with.getPrivate());
      signature.update(Base64.getUrlDecoder().decode(authenticatorData));
      signature.update(sha256(Base64.getUrlDecoder().decode(clientData)));
      return text(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
