/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import static org.memberportal.affiliation.AffiliationRole.ITU_FOCAL_POINT;
import static org.memberportal.affiliation.AffiliationRole.OPERATOR;
import static org.memberportal.affiliation.AffiliationRole.OWNER;
import static org.memberportal.affiliation.AffiliationRole.SYSTEM;
import static org.memberportal.affiliation.AffiliationRole.TIES_FOCAL_POINT;
import static org.memberportal.ties.access.TiesAction.APPROVE;
import static org.memberportal.ties.access.TiesAction.ASSIGN;
import static org.memberportal.ties.access.TiesAction.CANCEL;
import static org.memberportal.ties.access.TiesAction.LAPSE;
import static org.memberportal.ties.access.TiesAction.REJECT;
import static org.memberportal.ties.access.TiesAction.REMOVE;
import static org.memberportal.ties.access.TiesAction.REQUEST;
import static org.memberportal.ties.access.TiesState.ACTIVE;
import static org.memberportal.ties.access.TiesState.CANCELLED;
import static org.memberportal.ties.access.TiesState.LAPSED;
import static org.memberportal.ties.access.TiesState.NONE;
import static org.memberportal.ties.access.TiesState.REJECTED;
import static org.memberportal.ties.access.TiesState.REMOVED;
import static org.memberportal.ties.access.TiesState.REQUESTED;

import org.apiguardian.api.API;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.kernel.Workflow;

/**
 * The TIES access workflow (T1-T3) as one transition table, with who may take each step. {@code SYSTEM} files the
 * sign-up tick, lapses access when the affiliation ends, and assigns access to an account the operator appoints TIES
 * focal point (even with a request pending). {@code OPERATOR} decides a request only when no focal point of the
 * organisation may (see {@link TiesAccess#approve}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class TiesWorkflow {

  /** The table; {@code docs/ties-core.md} shows it as a Mermaid diagram. */
  public static final Workflow<TiesState, TiesAction, AffiliationRole> TABLE =
      Workflow.<TiesState, TiesAction, AffiliationRole>builder("ties", TiesState.class)
          .initial(NONE)
          .on(NONE, REQUEST, REQUESTED, OWNER, SYSTEM)
          .on(NONE, ASSIGN, ACTIVE, TIES_FOCAL_POINT, ITU_FOCAL_POINT, SYSTEM)
          .on(REQUESTED, APPROVE, ACTIVE, TIES_FOCAL_POINT, ITU_FOCAL_POINT, OPERATOR)
          .on(REQUESTED, REJECT, REJECTED, TIES_FOCAL_POINT, ITU_FOCAL_POINT, OPERATOR)
          .on(REQUESTED, CANCEL, CANCELLED, OWNER)
          .on(REQUESTED, ASSIGN, ACTIVE, SYSTEM)
          .on(REQUESTED, LAPSE, LAPSED, SYSTEM)
          .on(ACTIVE, REMOVE, REMOVED, TIES_FOCAL_POINT, ITU_FOCAL_POINT, OPERATOR)
          .on(ACTIVE, LAPSE, LAPSED, SYSTEM)
          .on(REJECTED, REQUEST, REQUESTED, OWNER, SYSTEM)
          .on(REJECTED, ASSIGN, ACTIVE, TIES_FOCAL_POINT, ITU_FOCAL_POINT, SYSTEM)
          .on(CANCELLED, REQUEST, REQUESTED, OWNER, SYSTEM)
          .on(CANCELLED, ASSIGN, ACTIVE, TIES_FOCAL_POINT, ITU_FOCAL_POINT, SYSTEM)
          .on(REMOVED, REQUEST, REQUESTED, OWNER, SYSTEM)
          .on(REMOVED, ASSIGN, ACTIVE, TIES_FOCAL_POINT, ITU_FOCAL_POINT, SYSTEM)
          .on(LAPSED, REQUEST, REQUESTED, OWNER, SYSTEM)
          .on(LAPSED, ASSIGN, ACTIVE, TIES_FOCAL_POINT, ITU_FOCAL_POINT, SYSTEM)
          .build();

  private TiesWorkflow() {}
}
