/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A stored password hash in PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), which carries
 * its algorithm and parameters. A hash is a secret too: {@link #toString()} shows the algorithm only.
 *
 * <p>Held compactly, since an in-memory store keeps one per account: the head (algorithm and parameters) is
 * shared by every hash that has it, and the salt and digest are kept as bytes rather than Base64 text. A string
 * that does not have that shape (a legacy hash) is kept as it is. {@link #phc()} gives back the exact text.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class PasswordHash {

  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64_IN = Base64.getDecoder();
  // heads seen so far, shared; bounded so that odd imported strings cannot grow it without end
  private static final Map<String, String> HEADS = new ConcurrentHashMap<>();
  private static final int MAX_HEADS = 64;

  /** The whole PHC text when {@link #saltAndDigest} is null, else the head up to and including the last '$'. */
  private final String head;
  /** The salt's length, the salt and the digest, or null when {@link #head} is the whole text. */
  private final byte @Nullable [] saltAndDigest;

  private PasswordHash(String head, byte @Nullable [] saltAndDigest) {
    this.head = head;
    this.saltAndDigest = saltAndDigest;
  }

  /**
   * Wraps a PHC string, as read from a store.
   *
   * @param phc the string
   * @return the hash
   */
  public static PasswordHash of(String phc) {
    int digestAt = phc.lastIndexOf('$');
    int saltAt = digestAt <= 0 ? -1 : phc.lastIndexOf('$', digestAt - 1);
    if (saltAt <= 0) {
      return new PasswordHash(phc, null);
    }
    String salt = phc.substring(saltAt + 1, digestAt);
    String digest = phc.substring(digestAt + 1);
    byte[] saltBytes;
    byte[] digestBytes;
    try {
      saltBytes = B64_IN.decode(salt);
      digestBytes = B64_IN.decode(digest);
    } catch (IllegalArgumentException e) {
      return new PasswordHash(phc, null);
    }
    // only when the text comes back exactly (canonical unpadded Base64) may it be kept as bytes
    if (saltBytes.length > 255 || !B64.encodeToString(saltBytes).equals(salt)
        || !B64.encodeToString(digestBytes).equals(digest)) {
      return new PasswordHash(phc, null);
    }
    byte[] packed = new byte[1 + saltBytes.length + digestBytes.length];
    packed[0] = (byte) saltBytes.length;
    System.arraycopy(saltBytes, 0, packed, 1, saltBytes.length);
    System.arraycopy(digestBytes, 0, packed, 1 + saltBytes.length, digestBytes.length);
    return new PasswordHash(shared(phc.substring(0, saltAt + 1)), packed);
  }

  private static String shared(String head) {
    String known = HEADS.get(head);
    if (known != null) {
      return known;
    }
    if (HEADS.size() >= MAX_HEADS) {
      return head;
    }
    String raced = HEADS.putIfAbsent(head, head);
    return raced == null ? head : raced;
  }

  /**
   * The PHC string, for stores.
   *
   * @return the string
   */
  public String phc() {
    byte[] packed = saltAndDigest;
    if (packed == null) {
      return head;
    }
    int saltLength = Byte.toUnsignedInt(packed[0]);
    return head + B64.encodeToString(Arrays.copyOfRange(packed, 1, 1 + saltLength)) + "$"
        + B64.encodeToString(Arrays.copyOfRange(packed, 1 + saltLength, packed.length));
  }

  /**
   * The parameter set of this hash: its algorithm and parameters with the salt's and digest's lengths, which
   * together fix what verifying a password against it costs; empty for a string that is not PHC.
   *
   * @return the parameter set, or empty
   */
  String parameterSet() {
    byte[] packed = saltAndDigest;
    return packed == null ? "" : head + Byte.toUnsignedInt(packed[0]) + "/" + (packed.length - 1);
  }

  /**
   * A hash of the same parameter set with a random salt and digest: verifying a password against it costs what
   * verifying against this one costs, and matches nothing.
   *
   * @return the stand-in
   */
  PasswordHash standIn() {
    byte[] packed = saltAndDigest;
    if (packed == null) {
      return this;
    }
    byte[] random = PasswordHashing.RandomBytes.of(packed.length);
    random[0] = packed[0];
    return new PasswordHash(head, random);
  }

  /**
   * The algorithm's identifier, e.g. {@code argon2id} or {@code pbkdf2-sha256}.
   *
   * @return the identifier, empty when the string is not PHC
   */
  public String algorithm() {
    String[] parts = phc().split("\\$");
    return parts.length > 1 ? parts[1] : "";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PasswordHash that && phc().equals(that.phc());
  }

  @Override
  public int hashCode() {
    return phc().hashCode();
  }

  @Override
  public String toString() {
    return "PasswordHash{" + algorithm() + ", ******}";
  }
}
