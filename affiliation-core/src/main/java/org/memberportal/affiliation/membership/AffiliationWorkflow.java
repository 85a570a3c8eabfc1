/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import static org.memberportal.affiliation.membership.AffiliationAction.APPROVE;
import static org.memberportal.affiliation.membership.AffiliationAction.CANCEL;
import static org.memberportal.affiliation.membership.AffiliationAction.LEAVE;
import static org.memberportal.affiliation.membership.AffiliationAction.MERGE;
import static org.memberportal.affiliation.membership.AffiliationAction.REJECT;
import static org.memberportal.affiliation.membership.AffiliationAction.REMOVE;
import static org.memberportal.affiliation.membership.AffiliationAction.REPLACE;
import static org.memberportal.affiliation.membership.AffiliationAction.SUBMIT;
import static org.memberportal.affiliation.membership.AffiliationState.APPROVED;
import static org.memberportal.affiliation.membership.AffiliationState.CANCELLED;
import static org.memberportal.affiliation.membership.AffiliationState.LEFT;
import static org.memberportal.affiliation.membership.AffiliationState.LINKED;
import static org.memberportal.affiliation.membership.AffiliationState.PENDING;
import static org.memberportal.affiliation.membership.AffiliationState.REJECTED;
import static org.memberportal.affiliation.membership.AffiliationState.REMOVED;
import static org.memberportal.affiliation.membership.AffiliationState.REPLACED;
import static org.memberportal.affiliation.membership.AffiliationState.REQUESTED;
import static org.memberportal.affiliation.AffiliationRole.ITU_FOCAL_POINT;
import static org.memberportal.affiliation.AffiliationRole.OPERATOR;
import static org.memberportal.affiliation.AffiliationRole.OWNER;
import static org.memberportal.affiliation.AffiliationRole.SYSTEM;
import static org.memberportal.affiliation.AffiliationRole.TIES_FOCAL_POINT;

import org.apiguardian.api.API;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.kernel.Workflow;

/**
 * The affiliation workflow's one transition table. A request to a member organisation starts
 * {@link AffiliationState#REQUESTED} (email not verified yet) or {@link AffiliationState#PENDING}; a link to a
 * non-member organisation starts {@link AffiliationState#LINKED}. A link whose organisation the operator merges
 * into a member organisation becomes a request ({@link AffiliationAction#MERGE}), submitted at once when the
 * account's email is verified. The operator decides a pending request only when no focal point of the
 * organisation can (see {@link Affiliations#approve}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class AffiliationWorkflow {

  /** The table; its Mermaid form is in {@code docs/affiliation-core.md}. */
  public static final Workflow<AffiliationState, AffiliationAction, AffiliationRole> TABLE =
      Workflow.<AffiliationState, AffiliationAction, AffiliationRole>builder("affiliation", AffiliationState.class)
          .initial(REQUESTED, PENDING, LINKED)
          .on(REQUESTED, SUBMIT, PENDING, SYSTEM)
          .on(REQUESTED, CANCEL, CANCELLED, OWNER, SYSTEM)
          .on(PENDING, APPROVE, APPROVED, TIES_FOCAL_POINT, ITU_FOCAL_POINT, OPERATOR)
          .on(PENDING, REJECT, REJECTED, TIES_FOCAL_POINT, ITU_FOCAL_POINT, OPERATOR)
          .on(PENDING, CANCEL, CANCELLED, OWNER)
          .on(APPROVED, REMOVE, REMOVED, TIES_FOCAL_POINT, ITU_FOCAL_POINT, OPERATOR)
          .on(APPROVED, LEAVE, LEFT, OWNER)
          .on(APPROVED, REPLACE, REPLACED, SYSTEM)
          .on(LINKED, REMOVE, REMOVED, OPERATOR)
          .on(LINKED, LEAVE, LEFT, OWNER)
          .on(LINKED, REPLACE, REPLACED, SYSTEM)
          .on(LINKED, MERGE, REQUESTED, SYSTEM)
          .build();

  private AffiliationWorkflow() {}
}
