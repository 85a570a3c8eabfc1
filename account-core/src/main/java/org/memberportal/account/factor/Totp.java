/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;
import org.memberportal.kernel.Secret;

/**
 * The time-based one-time password of RFC 6238 as authenticator apps compute it: HMAC-SHA1 over the number of
 * 30-second steps since the epoch, dynamically truncated (RFC 4226) to 6 digits. Written over the JDK's
 * {@link Mac} (docs/decisions/0006); RFC 6238's Appendix B vectors are its test.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class Totp {

  /** Seconds a code lasts. */
  public static final int PERIOD_SECONDS = 30;

  /** Digits of a code. */
  public static final int DIGITS = 6;

  private static final String ALGORITHM = "HmacSHA1";
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

  private Totp() {}

  /**
   * The step an instant falls in.
   *
   * @param at the instant
   * @return whole periods since the epoch
   */
  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
  }

  /**
   * The code of a step (RFC 4226's HOTP of the step).
   *
   * @param key the shared key
   * @param step the step
   * @param digits how many digits, 6 to 8
   * @return the code, zero-padded
   */
  public static String code(byte[] key, long step, int digits) {
    if (digits < DIGITS || digits > 8) {
      throw new IllegalArgumentException("digits out of range");
    }
    byte[] hash = hmac(key, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
    int offset = hash[hash.length - 1] & 0x0f;
    int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
        | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
    String code = Integer.toString(binary % POWERS[digits]);
    return "0".repeat(digits - code.length()) + code;
  }

  /**
   * The code an authenticator app shows at an instant for a key given as the {@code secret} of an
   * {@code otpauth://} URI: for a host's tests and tools, never needed by the library's flows.
   *
   * @param base32Key the key in Base32
   * @param at the instant
   * @return the 6-digit code
   */
  public static Secret codeAt(Secret base32Key, Instant at) {
    return Secret.of(code(decode(base32Key.reveal()), step(at), DIGITS));
  }

  /**
   * The step within {@code window} steps of {@code now} whose code is the typed one and which comes after the
   * last step used (each code is accepted once): the latest such step.
   *
   * @param key the shared key
   * @param typed the code as typed
   * @param now the current step
   * @param window how many steps either side are accepted (clock skew)
   * @param lastUsed the last step a code was accepted for, or -1
   * @return the matching step, or empty for a wrong code or a replay
   */
  static OptionalLong matchingStep(byte[] key, String typed, long now, int window, long lastUsed) {
    byte[] entered = typed.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    long found = -1;
    // every step of the window is computed and compared in constant time, whichever matches
    for (long step = now - window; step <= now + window; step++) {
      boolean same = MessageDigest.isEqual(entered,
          code(key, step, DIGITS).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      if (same && step > lastUsed) {
        found = step;
      }
    }
    return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
  }

  /**
   * Base32 without padding (RFC 4648), the form of keys in {@code otpauth://} URIs.
   *
   * @param bytes the bytes
   * @return the text
   */
  static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >> (bits - 5)) & 0x1f));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32.charAt((buffer << (5 - bits)) & 0x1f));
    }
    return out.toString();
  }

  /**
   * Reads Base32 (case, spaces and padding ignored).
   *
   * @param text the text
   * @return the bytes
   * @throws IllegalArgumentException for a letter outside the alphabet
   */
  static byte[] decode(String text) {
    String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not Base32");
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }

  private static byte[] hmac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is missing from the JDK", e);
    }
  }
}
