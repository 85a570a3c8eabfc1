/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an authenticator app computes, written here from RFC 6238 (and RFC 4226's truncation, RFC 4648's Base32) so
 * that the tests type the code a person's app would show: HMAC-SHA1, six digits, 30-second steps.
 */
public final class OneTimeCodes {

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final long STEP = Duration.ofSeconds(30).toSeconds();

  private OneTimeCodes() {}

  /**
   * The code of the 30-second step after the current one: inside the verifier's window of one step, and later than
   * any code already accepted in this step (each step's code is accepted once).
   *
   * @param key the key in Base32, as the page or the API shows it
   * @return six digits
   */
  public static String next(String key) {
    return at(key, Instant.now().plusSeconds(STEP));
  }

  /**
   * The code at an instant.
   *
   * @param key the key in Base32
   * @param at when
   * @return six digits
   */
  public static String at(String key, Instant at) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(base32(key), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / STEP).array());
      int offset = hash[hash.length - 1] & 0xf;
      int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
          | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
      return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] base32(String text) {
    String clean = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
    ByteBuffer bytes = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      buffer = (buffer << 5) | BASE32.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        bytes.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return bytes.array();
  }
}
