/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.port;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;
import org.memberportal.account.factor.PasskeyChallenge;

/**
 * Port: the WebAuthn challenges handed out and not answered yet. A challenge is taken once: taking it removes it,
 * so a second answer finds nothing; one never taken is forgotten once it expired. Writes join the current transaction.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface PasskeyChallenges {

  /**
   * Keeps a challenge until it is taken.
   *
   * @param challenge the challenge
   */
  void add(PasskeyChallenge challenge);

  /**
   * Takes a challenge out, once.
   *
   * @param id its id
   * @return the challenge, or empty when it was never handed out or was taken already
   */
  Optional<PasskeyChallenge> take(UUID id);

  /**
   * Forgets the challenges that expired before an instant, never taken: no answer can use them any more. The library
   * calls it each time it hands a challenge out, so a store keeps no more than a lifetime's worth of challenges.
   *
   * @param now the instant; a challenge expiring exactly then is kept
   */
  void forgetExpired(Instant now);
}
