/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.apiguardian.api.API;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.port.Secrets;
import org.memberportal.kernel.Secret;

/**
 * Issues and redeems one-time codes for any subject and purpose: random digits from {@link SecureRandom}, kept
 * as an HMAC-SHA256 under the host's key, compared in constant time, valid for a while, with a bounded number
 * of submissions counted before comparing, single use, and resends limited by a cool-down and a daily cap (a
 * resend kills the previous code).
 *
 * <p>Call it inside the command's transaction. {@link #redeem} writes the attempt before comparing, so the
 * caller must let that transaction commit even when the code is refused (return the verdict, then fail).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class VerificationCodes {

  /** What {@link #issue} did. */
  public sealed interface Issue {}

  /**
   * A fresh code was issued; send it to the subject.
   *
   * @param code the code in clear, to put in the email only
   * @param issuedAt when (part of the notification's idempotency key)
   * @param expiresAt when it stops working
   */
  public record Issued(Secret code, Instant issuedAt, Instant expiresAt) implements Issue {}

  /**
   * No code was issued: too soon after the previous one, or the daily cap is reached; the previous code still
   * works.
   *
   * @param retryAt when a new code may be asked for
   */
  public record Throttled(Instant retryAt) implements Issue {}

  /** How a submitted code was judged. */
  public enum Verdict {
    /** Right code, in time, first use: it is now used. */
    ACCEPTED,
    /** Wrong code (the attempt was counted). */
    WRONG,
    /** The code is past its validity. */
    EXPIRED,
    /** Too many submissions: the code no longer works. */
    EXHAUSTED,
    /** The code was already used or revoked, or none was issued. */
    NONE
  }

  private static final Duration DAY = Duration.ofHours(24);

  private final IssuedCodes store;
  private final Secrets secrets;
  private final CodeRules rules;

  /**
   * Creates the component.
   *
   * @param store where codes are kept
   * @param secrets the key source of the keyed hash
   * @param rules the limits
   */
  public VerificationCodes(IssuedCodes store, Secrets secrets, CodeRules rules) {
    this.store = store;
    this.secrets = secrets;
    this.rules = rules;
  }

  /**
   * The limits in force.
   *
   * @return the rules
   */
  public CodeRules rules() {
    return rules;
  }

  /**
   * Issues a code, replacing (killing) any previous one, unless the cool-down or the daily cap forbids it.
   *
   * @param subject whom it is for
   * @param purpose what it proves
   * @param now the current instant
   * @return the issued code, or why none was issued
   */
  public Issue issue(CodeSubject subject, CodePurpose purpose, Instant now) {
    return issue(subject, purpose, now, rules.dailyCap());
  }

  /**
   * Issues a code like {@link #issue(CodeSubject, CodePurpose, Instant)}, under another cap of codes in 24 hours.
   *
   * @param subject whom it is for
   * @param purpose what it proves
   * @param now the current instant
   * @param cap most codes sent for this subject and purpose in 24 hours
   * @return the issued code, or why none was issued
   */
  public Issue issue(CodeSubject subject, CodePurpose purpose, Instant now, int cap) {
    Optional<IssuedCode> previous = store.find(subject, purpose);
    Instant windowStart = now;
    int sends = 0;
    long version = 0;
    if (previous.isPresent()) {
      IssuedCode p = previous.get();
      version = p.version();
      Instant coolEnds = p.issuedAt().plus(rules.resendCooldown());
      if (now.isBefore(coolEnds)) {
        return new Throttled(coolEnds);
      }
      if (now.isBefore(p.windowStart().plus(DAY))) {
        windowStart = p.windowStart();
        sends = p.sendsInWindow();
        if (sends >= cap) {
          return new Throttled(p.windowStart().plus(DAY));
        }
      }
    }
    Secret code = Secret.of(randomDigits());
    Instant expiresAt = now.plus(rules.validity());
    IssuedCode fresh =
        new IssuedCode(subject, purpose, digest(code), now, expiresAt, 0, false, windowStart, sends + 1, version);
    if (previous.isPresent()) {
      store.update(fresh);
    } else {
      store.add(fresh);
    }
    return new Issued(code, now, expiresAt);
  }

  /**
   * How many codes were sent for a subject and purpose in the 24-hour window that is open now.
   *
   * @param subject whom they were for
   * @param purpose what they prove
   * @param now the current instant
   * @return the count, 0 when no window is open
   */
  public int sentInWindow(CodeSubject subject, CodePurpose purpose, Instant now) {
    return store.find(subject, purpose).filter(c -> now.isBefore(c.windowStart().plus(DAY)))
        .map(IssuedCode::sendsInWindow).orElse(0);
  }

  /**
   * Sorts a key into one of {@code groups} groups by its keyed hash, so that nobody without the host's key can
   * tell which keys share a group.
   *
   * @param key e.g. a requester's network address
   * @param groups how many groups
   * @return the group, from 0 to {@code groups - 1}
   */
  public int group(String key, int groups) {
    byte[] mac = keyedHash(("group:" + key).getBytes(StandardCharsets.UTF_8));
    int value = ((mac[0] & 0xff) << 24) | ((mac[1] & 0xff) << 16) | ((mac[2] & 0xff) << 8) | (mac[3] & 0xff);
    return Integer.remainderUnsigned(value, groups);
  }

  /**
   * Judges a submitted code: counts the attempt first, then compares in constant time; the right code works
   * once.
   *
   * @param subject whom it is for
   * @param purpose what it proves
   * @param submitted the code as typed
   * @param now the current instant
   * @return the verdict
   */
  public Verdict redeem(CodeSubject subject, CodePurpose purpose, Secret submitted, Instant now) {
    Optional<IssuedCode> found = store.find(subject, purpose);
    if (found.isEmpty() || found.get().used()) {
      return Verdict.NONE;
    }
    IssuedCode code = found.get();
    if (!now.isBefore(code.expiresAt())) {
      return Verdict.EXPIRED;
    }
    if (code.attempts() >= rules.maxAttempts()) {
      return Verdict.EXHAUSTED;
    }
    IssuedCode counted = store.update(copy(code, code.attempts() + 1, false));
    boolean same = MessageDigest.isEqual(
        code.digest().getBytes(StandardCharsets.US_ASCII), digest(submitted).getBytes(StandardCharsets.US_ASCII));
    if (!same) {
      return Verdict.WRONG;
    }
    store.update(copy(counted, counted.attempts(), true));
    return Verdict.ACCEPTED;
  }

  /**
   * Kills the current code of a subject and purpose (it keeps the resend window), e.g. after a password reset.
   *
   * @param subject whom it is for
   * @param purpose what it proves
   */
  public void revoke(CodeSubject subject, CodePurpose purpose) {
    store.find(subject, purpose).filter(c -> !c.used()).ifPresent(c -> store.update(copy(c, c.attempts(), true)));
  }

  /**
   * Forgets the code of a subject and purpose entirely, e.g. when the subject is erased.
   *
   * @param subject whom it is for
   * @param purpose what it proves
   */
  public void forget(CodeSubject subject, CodePurpose purpose) {
    store.remove(subject, purpose);
  }

  private static IssuedCode copy(IssuedCode c, int attempts, boolean used) {
    return new IssuedCode(c.subject(), c.purpose(), c.digest(), c.issuedAt(), c.expiresAt(), attempts, used,
        c.windowStart(), c.sendsInWindow(), c.version());
  }

  private String randomDigits() {
    StringBuilder out = new StringBuilder(rules.digits());
    for (int i = 0; i < rules.digits(); i++) {
      out.append((char) ('0' + Crypto.RANDOM.nextInt(10)));
    }
    return out.toString();
  }

  private String digest(Secret code) {
    return Base64.getEncoder().encodeToString(keyedHash(code.reveal().strip().getBytes(StandardCharsets.UTF_8)));
  }

  private byte[] keyedHash(byte[] input) {
    byte[] key = secrets.codeKey();
    try {
      return Crypto.hmacSha256(key, input);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * The random generator and the keyed hash, kept apart so that building a service (which builds this
   * component) neither seeds a {@link SecureRandom} nor loads and verifies the signed Bouncy Castle jar before
   * the first code is issued.
   */
  private static final class Crypto {
    static final SecureRandom RANDOM = new SecureRandom();

    private Crypto() {}

    static byte[] hmacSha256(byte[] key, byte[] input) {
      HMac mac = new HMac(new SHA256Digest());
      mac.init(new KeyParameter(key));
      mac.update(input, 0, input.length);
      byte[] out = new byte[mac.getMacSize()];
      mac.doFinal(out, 0);
      return out;
    }
  }
}
