/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.DomainEvent;

/**
 * The events of careers accounts; ids and reasons only, never addresses, names or secrets.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@DomainEvent.Subject(kind = "candidate")
public sealed interface CandidateAccountEvent extends DomainEvent {

  /**
   * The account concerned.
   *
   * @return the candidate
   */
  CandidateId candidate();

  /**
   * A careers account was created, awaiting verification.
   *
   * @param occurredAt when
   * @param actor the visitor
   * @param candidate the new account
   * @param relation the declared relation to the organisation
   */
  record Created(Instant occurredAt, Actor actor, CandidateId candidate, StaffRelation relation)
      implements CandidateAccountEvent {}

  /**
   * Someone tried to create an account with an address that has one; its holder was told.
   *
   * @param occurredAt when
   * @param actor the visitor
   * @param candidate the existing account
   */
  record DuplicateSignUp(Instant occurredAt, Actor actor, CandidateId candidate) implements CandidateAccountEvent {}

  /**
   * The address was verified; the account is active.
   *
   * @param occurredAt when
   * @param actor the visitor
   * @param candidate the account
   */
  record EmailVerified(Instant occurredAt, Actor actor, CandidateId candidate) implements CandidateAccountEvent {}

  /**
   * The candidate signed in.
   *
   * @param occurredAt when
   * @param actor the visitor
   * @param candidate the account
   */
  record SignedIn(Instant occurredAt, Actor actor, CandidateId candidate) implements CandidateAccountEvent {}

  /**
   * A sign-in to this account failed.
   *
   * @param occurredAt when
   * @param actor the visitor
   * @param candidate the account
   * @param reason {@code wrong-password}, {@code locked} or {@code not-active}
   */
  record SignInFailed(Instant occurredAt, Actor actor, CandidateId candidate, String reason)
      implements CandidateAccountEvent {}

  /**
   * A password-reset code was sent.
   *
   * @param occurredAt when
   * @param actor the visitor
   * @param candidate the account
   */
  record PasswordResetRequested(Instant occurredAt, Actor actor, CandidateId candidate)
      implements CandidateAccountEvent {}

  /**
   * The password was changed (with the current one or a reset code).
   *
   * @param occurredAt when
   * @param actor who
   * @param candidate the account
   */
  record PasswordChanged(Instant occurredAt, Actor actor, CandidateId candidate) implements CandidateAccountEvent {}

  /**
   * A submitted one-time code was refused.
   *
   * @param occurredAt when
   * @param actor the visitor
   * @param candidate the account
   * @param verdict why, e.g. {@code WRONG}
   */
  record CodeRefused(Instant occurredAt, Actor actor, CandidateId candidate, String verdict)
      implements CandidateAccountEvent {}
}
