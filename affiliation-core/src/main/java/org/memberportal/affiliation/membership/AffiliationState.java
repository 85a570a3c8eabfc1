/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import org.apiguardian.api.API;

/**
 * Where an affiliation stands; see {@link AffiliationWorkflow#TABLE} for the moves between states.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum AffiliationState {
  /** Asked for before the account's email was verified; not yet sent to the focal points. */
  REQUESTED,
  /** Waiting for a focal point's decision. */
  PENDING,
  /** Approved by a focal point of a member organisation: member rights. */
  APPROVED,
  /** Linked to a non-member organisation, without approval and without member rights. */
  LINKED,
  /** Rejected by a focal point. */
  REJECTED,
  /** Withdrawn by the requester before a decision. */
  CANCELLED,
  /** Removed by a focal point or the operator. */
  REMOVED,
  /** Left by the user. */
  LEFT,
  /** Ended because a newer affiliation of the account was approved or linked. */
  REPLACED;

  /**
   * Whether this is an open request (at most one per account).
   *
   * @return true for requested and pending
   */
  public boolean open() {
    return this == REQUESTED || this == PENDING;
  }

  /**
   * Whether this is the account's current affiliation (at most one per account).
   *
   * @return true for approved and linked
   */
  public boolean current() {
    return this == APPROVED || this == LINKED;
  }
}
