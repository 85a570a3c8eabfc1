/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.memberportal.account.port.Secrets;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.Secret;

/**
 * The second factor's cryptography over the host's factor key: TOTP keys sealed with AES-256-GCM (the holder's
 * subject as associated data, so a row copied to another account does not open), recovery codes made with a
 * {@link SecureRandom} and stored as HMAC-SHA256 digests (docs/decisions/0006: 50 random bits need no slow hash).
 */
final class FactorKeys {

  /** Crockford's Base32: no I, L, O, U, so a code read aloud or copied by hand is not misread. */
  private static final String CODE_LETTERS = "0123456789abcdefghjkmnpqrstvwxyz";
  private static final int CODE_LENGTH = 10;
  private static final int KEY_BYTES = 20;
  private static final int NONCE_BYTES = 12;
  private static final String VERSION = "v1:";

  private final Secrets secrets;
  private final SecureRandom random = new SecureRandom();

  FactorKeys(Secrets secrets) {
    this.secrets = secrets;
  }

  /** A fresh 160-bit TOTP key, as RFC 4226 recommends for HMAC-SHA1. */
  byte[] newTotpKey() {
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(key);
    return key;
  }

  SealedKey seal(byte[] key, CodeSubject holder) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, holder);
      byte[] sealed = cipher.doFinal(key);
      byte[] all = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return new SealedKey(VERSION + Base64.getEncoder().encodeToString(all));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed", e);
    }
  }

  /** The key in clear, for the one computation that needs it; a key sealed for another holder or key fails. */
  byte[] open(SealedKey sealed, CodeSubject holder) {
    if (!sealed.value().startsWith(VERSION)) {
      throw new IllegalStateException("unknown sealed key format");
    }
    byte[] all = Base64.getDecoder().decode(sealed.value().substring(VERSION.length()));
    try {
      byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
      return cipher(Cipher.DECRYPT_MODE, nonce, holder).doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the sealed key does not open with the host's factor key", e);
    }
  }

  /** A fresh WebAuthn challenge: 32 random bytes, Base64url. */
  String newChallenge() {
    byte[] challenge = new byte[32];
    random.nextBytes(challenge);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(challenge);
  }

  /** The holder's WebAuthn user handle: opaque, stable, no personal data (a keyed hash of the subject). */
  String userHandle(CodeSubject holder) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac("webauthn-user:" + holder.value()));
  }

  /** A set of fresh recovery codes, {@code xxxxx-xxxxx} (50 random bits each). */
  List<Secret> newRecoveryCodes(int count) {
    List<Secret> codes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder code = new StringBuilder(CODE_LENGTH + 1);
      for (int j = 0; j < CODE_LENGTH; j++) {
        if (j == CODE_LENGTH / 2) {
          code.append('-');
        }
        code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
      }
      codes.add(Secret.of(code.toString()));
    }
    return codes;
  }

  /** The stored digest of a recovery code as typed: case, spaces and dashes ignored, O read as 0, I and L as 1. */
  String digest(Secret code, CodeSubject holder) {
    String normal = code.reveal().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "")
        .replace('o', '0').replace('i', '1').replace('l', '1');
    return HexFormat.of().formatHex(hmac("recovery-code:" + holder.value() + "\n" + normal));
  }

  /** HMAC-SHA256 under the host's factor key. */
  private byte[] hmac(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secrets.factorKey(), "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
    }
  }

  /** Compares two digests in time independent of where they differ. */
  static boolean same(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }

  private Cipher cipher(int mode, byte[] nonce, CodeSubject holder) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(java.util.Arrays.copyOf(secrets.factorKey(), 32), "AES"),
        new GCMParameterSpec(128, nonce));
    cipher.updateAAD(holder.value().getBytes(StandardCharsets.UTF_8));
    return cipher;
  }
}
