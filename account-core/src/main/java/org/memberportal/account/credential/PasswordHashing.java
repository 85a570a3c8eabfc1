/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.kernel.Secret;

/**
 * The library's password hasher (Bouncy Castle): Argon2id by default at the OWASP parameters (m=19 MiB, t=2,
 * p=1), or PBKDF2-HMAC-SHA256 (600,000 iterations) / SHA512 (220,000). Hashes are PHC strings; any of these
 * algorithms is verified with the parameters its string names, and a hash made otherwise than the current
 * configuration {@link #needsUpgrade needs an upgrade}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class PasswordHashing implements PasswordHasher {

  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64_IN = Base64.getDecoder();
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  private final String algorithm;
  private final Map<String, Integer> parameters;

  private PasswordHashing(String algorithm, Map<String, Integer> parameters) {
    this.algorithm = algorithm;
    this.parameters = Map.copyOf(parameters);
  }

  /**
   * Argon2id at the OWASP parameters: 19 MiB, 2 iterations, 1 lane.
   *
   * @return the hasher
   */
  public static PasswordHashing argon2id() {
    return argon2id(19 * 1024, 2, 1);
  }

  /**
   * Argon2id with chosen parameters (tests use small ones).
   *
   * @param memoryKiB memory in KiB
   * @param iterations passes
   * @param parallelism lanes
   * @return the hasher
   */
  public static PasswordHashing argon2id(int memoryKiB, int iterations, int parallelism) {
    return new PasswordHashing("argon2id", Map.of("m", memoryKiB, "t", iterations, "p", parallelism));
  }

  /**
   * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP).
   *
   * @return the hasher
   */
  public static PasswordHashing pbkdf2Sha256() {
    return pbkdf2("sha256", 600_000);
  }

  /**
   * PBKDF2-HMAC-SHA512 with 220,000 iterations (OWASP).
   *
   * @return the hasher
   */
  public static PasswordHashing pbkdf2Sha512() {
    return pbkdf2("sha512", 220_000);
  }

  /**
   * PBKDF2 with a chosen digest and iteration count.
   *
   * @param digest {@code sha256} or {@code sha512}
   * @param iterations iterations
   * @return the hasher
   */
  public static PasswordHashing pbkdf2(String digest, int iterations) {
    if (!digest.equals("sha256") && !digest.equals("sha512")) {
      throw new IllegalArgumentException("digest must be sha256 or sha512");
    }
    return new PasswordHashing("pbkdf2-" + digest, Map.of("i", iterations));
  }

  @Override
  public PasswordHash hash(Secret password) {
    byte[] salt = RandomBytes.of(SALT_BYTES);
    byte[] out = Derivation.derive(algorithm, parameters, password, salt, HASH_BYTES);
    return phc(salt, out);
  }

  /**
   * Builds a stand-in hash from a random salt and random digest bytes in the current format and parameters:
   * verifying a password against it derives a key exactly as for a real hash, but making it derives none.
   *
   * @return the stand-in hash
   */
  @Override
  public PasswordHash dummy() {
    return phc(RandomBytes.of(SALT_BYTES), RandomBytes.of(HASH_BYTES));
  }

  private PasswordHash phc(byte[] salt, byte[] digest) {
    return PasswordHash.of("$" + algorithm + "$" + paramText(algorithm, parameters) + "$" + B64.encodeToString(salt)
        + "$" + B64.encodeToString(digest));
  }

  @Override
  public boolean matches(Secret password, PasswordHash stored) {
    Parsed p = parse(stored);
    if (p == null) {
      // legacy or foreign hashes are never accepted, but the work is spent anyway
      hash(password);
      return false;
    }
    byte[] out = Derivation.derive(p.algorithm, p.parameters, password, p.salt, p.hash.length);
    return MessageDigest.isEqual(out, p.hash);
  }

  @Override
  public boolean needsUpgrade(PasswordHash stored) {
    Parsed p = parse(stored);
    return p == null || !p.algorithm.equals(algorithm) || !p.parameters.equals(parameters);
  }

  @Override
  public String toString() {
    return "PasswordHashing{" + algorithm + " " + paramText(algorithm, parameters) + "}";
  }

  private record Parsed(String algorithm, Map<String, Integer> parameters, byte[] salt, byte[] hash) {}

  private static Parsed parse(PasswordHash stored) {
    String[] parts = stored.phc().split("\\$");
    try {
      if (parts.length == 6 && parts[1].equals("argon2id") && parts[2].equals("v=19")) {
        return new Parsed("argon2id", params(parts[3]), B64_IN.decode(parts[4]), B64_IN.decode(parts[5]));
      }
      if (parts.length == 5 && (parts[1].equals("pbkdf2-sha256") || parts[1].equals("pbkdf2-sha512"))) {
        return new Parsed(parts[1], params(parts[2]), B64_IN.decode(parts[3]), B64_IN.decode(parts[4]));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  private static Map<String, Integer> params(String text) {
    Map<String, Integer> out = new HashMap<>();
    for (String kv : text.split(",")) {
      String[] pair = kv.split("=", 2);
      if (pair.length != 2) {
        throw new IllegalArgumentException("bad parameter");
      }
      out.put(pair[0], Integer.parseInt(pair[1]));
    }
    return out;
  }

  private static String paramText(String algorithm, Map<String, Integer> parameters) {
    if (algorithm.equals("argon2id")) {
      return "v=19$m=" + parameters.get("m") + ",t=" + parameters.get("t") + ",p=" + parameters.get("p");
    }
    return "i=" + parameters.get("i");
  }

  /** Salts and stand-in digests; the generator is seeded on first use, not when the class loads. */
  static final class RandomBytes {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomBytes() {}

    static byte[] of(int count) {
      byte[] out = new byte[count];
      RANDOM.nextBytes(out);
      return out;
    }
  }

  /**
   * The key derivations. Kept apart so that loading {@code PasswordHashing} (every service builder does, for its
   * default hasher) neither loads nor verifies the signed Bouncy Castle jar until a password is first hashed.
   */
  private static final class Derivation {

    private Derivation() {}

    static byte[] derive(String algorithm, Map<String, Integer> parameters, Secret password, byte[] salt,
        int length) {
      byte[] out = new byte[length];
      if (algorithm.equals("argon2id")) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(parameters.getOrDefault("m", 0))
            .withIterations(parameters.getOrDefault("t", 0))
            .withParallelism(parameters.getOrDefault("p", 0))
            .withSalt(salt)
            .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        generator.generateBytes(password.reveal().getBytes(StandardCharsets.UTF_8), out);
        return out;
      }
      Digest digest = algorithm.equals("pbkdf2-sha512") ? new SHA512Digest() : new SHA256Digest();
      PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(digest);
      generator.init(password.reveal().getBytes(StandardCharsets.UTF_8), salt, parameters.getOrDefault("i", 1));
      return ((KeyParameter) generator.generateDerivedParameters(length * 8)).getKey();
    }
  }
}
