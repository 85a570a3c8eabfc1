/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Conflict;

/**
 * One affiliation of an account with an organisation: the request, the decision, and how it ended.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Affiliation {

  /**
   * Its identifier.
   *
   * @return the id
   */
  public abstract AffiliationId id();

  /**
   * The affiliated (or requesting) account.
   *
   * @return the account
   */
  public abstract AccountId account();

  /**
   * The organisation.
   *
   * @return the organisation
   */
  public abstract OrganisationId organisation();

  /**
   * The organisation's membership type when the request was made.
   *
   * @return the type
   */
  public abstract MembershipType membershipType();

  /**
   * Where it stands.
   *
   * @return the state
   */
  public abstract AffiliationState state();

  /**
   * Whether the user ticked "I want to request TIES access" with this request.
   *
   * @return the tick
   */
  public abstract boolean wantsTiesAccess();

  /**
   * When it was asked for.
   *
   * @return the instant
   */
  public abstract Instant requestedAt();

  /**
   * When it went to the focal points (the email was verified).
   *
   * @return the instant
   */
  public abstract Optional<Instant> submittedAt();

  /**
   * When a focal point decided.
   *
   * @return the instant
   */
  public abstract Optional<Instant> decidedAt();

  /**
   * The focal point who decided.
   *
   * @return the account
   */
  public abstract Optional<AccountId> decidedBy();

  /**
   * In which seat the focal point decided.
   *
   * @return the seat
   */
  public abstract Optional<FocalPointRole> decidedAs();

  /**
   * The reason given with a decision or a removal.
   *
   * @return the reason
   */
  public abstract Optional<String> reason();

  /**
   * When an approved or linked affiliation ended.
   *
   * @return the instant
   */
  public abstract Optional<Instant> endedAt();

  /**
   * Why it ended.
   *
   * @return the cause
   */
  public abstract Optional<EndCause> endCause();

  /**
   * When the focal point was reminded of the pending request (F10, first step).
   *
   * @return the instant
   */
  public abstract Optional<Instant> remindedAt();

  /**
   * When the ITU Focal Point was told of the still pending request (F10, second step).
   *
   * @return the instant
   */
  public abstract Optional<Instant> escalatedAt();

  /**
   * Optimistic-lock version, incremented by every save.
   *
   * @return the version
   */
  @Value.Default
  public long version() {
    return 0;
  }

  /**
   * Whether this affiliation gives member rights now.
   *
   * @return true when approved by a focal point of a member organisation
   */
  public boolean memberRights() {
    return state() == AffiliationState.APPROVED;
  }

  /**
   * Whether the account may ask the organisation's focal points to approve this affiliation: a link to an
   * organisation that is a member (left by a merge, or by a change of the organisation's type) has no member
   * rights, and an approval replaces it (F3).
   *
   * @param organisation the organisation, as it stands now
   * @return true for a link to a member organisation
   * @since 0.2.0
   */
  public boolean mayAskApprovalOf(Organisation organisation) {
    return state() == AffiliationState.LINKED && organisation.membershipType().member();
  }

  /**
   * Refuses to store this affiliation beside another of the same account, the rule every register keeps like a
   * unique index: an account has at most one open request and at most one current affiliation. A stored version
   * of this same affiliation is no other.
   *
   * @param other another stored affiliation of the same account
   * @throws Conflict {@code affiliation.request-already-open} when both are open requests, {@code
   *     affiliation.already-affiliated} when both are current
   * @since 0.2.0
   */
  public void refuseClashWith(Affiliation other) {
    if (other.id().equals(id())) {
      return;
    }
    if (other.state().open() && state().open()) {
      throw new Conflict(AffiliationRefusals.REQUEST_ALREADY_OPEN, "the account has an open request");
    }
    if (other.state().current() && state().current()) {
      throw new Conflict(AffiliationRefusals.ALREADY_AFFILIATED, "the account has a current affiliation");
    }
  }

  /** A copy in another state. */
  public abstract Affiliation withState(AffiliationState state);

  /** A copy with another version. */
  public abstract Affiliation withVersion(long version);

  /** A copy with another organisation (after a merge). */
  public abstract Affiliation withOrganisation(OrganisationId organisation);

  /**
   * A copy recording another membership type (a link become a request to a member organisation).
   *
   * @since 0.2.0
   */
  public abstract Affiliation withMembershipType(MembershipType type);

  /** A copy sent to the focal points at this time. */
  public abstract Affiliation withSubmittedAt(Instant at);

  /** A copy reminded at this time. */
  public abstract Affiliation withRemindedAt(Instant at);

  /** A copy escalated at this time. */
  public abstract Affiliation withEscalatedAt(Instant at);

  /** A copy decided at this time. */
  public abstract Affiliation withDecidedAt(Instant at);

  /** A copy decided by this focal point. */
  public abstract Affiliation withDecidedBy(AccountId account);

  /** A copy decided in this seat. */
  public abstract Affiliation withDecidedAs(FocalPointRole seat);

  /** A copy with this reason. */
  public abstract Affiliation withReason(Optional<String> reason);

  /** A copy ended at this time. */
  public abstract Affiliation withEndedAt(Instant at);

  /** A copy ended for this cause. */
  public abstract Affiliation withEndCause(EndCause cause);

  /**
   * Starts an affiliation.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Ids and state only; the reason may hold personal data. */
  @Override
  public String toString() {
    return "Affiliation{" + id() + ", account " + account() + ", organisation " + organisation() + ", " + state()
        + ", v" + version() + "}";
  }

  /** Builds an {@link Affiliation}. */
  public static final class Builder extends ImmutableAffiliation.Builder {}
}
