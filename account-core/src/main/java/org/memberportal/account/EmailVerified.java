/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * An account's email address was verified: the account is active, and requests made at sign-up (affiliation,
 * TIES) may now go to the focal points.
 *
 * @param occurredAt when
 * @param actor who verified (the holder)
 * @param account which account
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record EmailVerified(Instant occurredAt, Actor actor, AccountId account) implements DomainEvent {

  @Override
  public String subject() {
    return "account:" + account;
  }
}
