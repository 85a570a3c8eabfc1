/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties;

import org.apiguardian.api.API;

/**
 * The catalogue of the TIES module's refusals: every {@code reason()} of a {@code PortalException} that ties-core
 * raises, each written once here with the rule it refuses, and named by its constant at every throw site. Each has
 * an English and a French sentence in the module's {@code ValidationMessages} bundles, under the reason as key. The
 * TIES workflow builds one more from its name: {@code ties.illegal-transition} (an action the TIES access's state
 * does not allow), with {@link #NOT_ALLOWED} for a role it does not let act.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class TiesRefusals {

  /** TIES access and the TIES seat are for active accounts only. */
  public static final String ACCOUNT_NOT_ACTIVE = "ties.account-not-active";

  /** The account named must exist. */
  public static final String ACCOUNT_NOT_FOUND = "ties.account-not-found";

  /** A TIES request is decided once: the first focal point's decision stands. */
  public static final String ALREADY_DECIDED = "ties.already-decided";

  /** A hand-over is confirmed only while the TIES focal point who prepared it still holds the seat. */
  public static final String FOCAL_POINT_CHANGED = "ties.focal-point-changed";

  /**
   * A focal point of the organisation decides a TIES request; the operator decides only requests that no focal
   * point may decide.
   */
  public static final String FOCAL_POINT_DECIDES = "ties.focal-point-decides";

  /** The sitting TIES focal point keeps TIES access until they hand the seat over (only the operator removes it). */
  public static final String FOCAL_POINT_MUST_HAND_OVER = "ties.focal-point-must-hand-over";

  /** The TIES seat is handed over only to someone who does not already hold it. */
  public static final String FOCAL_POINT_UNCHANGED = "ties.focal-point-unchanged";

  /** A hand-over is confirmed before it expires. */
  public static final String HAND_OVER_EXPIRED = "ties.hand-over-expired";

  /** Only the focal point who prepared a hand-over confirms it. */
  public static final String HAND_OVER_NOT_YOURS = "ties.hand-over-not-yours";

  /** A hand-over is confirmed with the token of one that was prepared and not yet confirmed. */
  public static final String HAND_OVER_UNKNOWN = "ties.hand-over-unknown";

  /** TIES access needs a current affiliation. */
  public static final String NO_APPROVED_AFFILIATION = "ties.no-approved-affiliation";

  /** A focal point hands over only a TIES seat that someone holds: otherwise the operator appoints one. */
  public static final String NO_TIES_FOCAL_POINT = "ties.no-ties-focal-point";

  /** Only the organisation's focal points hand the TIES seat over. */
  public static final String NOT_A_FOCAL_POINT = "ties.not-a-focal-point";

  /**
   * Only those concerned read TIES access and requests: the holder, a focal point of the organisation, or staff;
   * and only a role some TIES transition allows acts on it.
   */
  public static final String NOT_ALLOWED = "ties.not-allowed";

  /** The account named has, or asked for, TIES access. */
  public static final String NOT_FOUND = "ties.not-found";

  /** Only the account holder asks for TIES access, and only for their own account. */
  public static final String NOT_THE_ACCOUNT_HOLDER = "ties.not-the-account-holder";

  /** Only the operator seats a TIES focal point directly. */
  public static final String OPERATOR_ONLY = "ties.operator-only";

  /** TIES access is for members of member organisations, through an affiliation with member rights. */
  public static final String ORGANISATION_NOT_A_MEMBER = "ties.organisation-not-a-member";

  /** The new TIES focal point already holds active TIES access in the organisation. */
  public static final String SUCCESSOR_WITHOUT_TIES_ACCESS = "ties.successor-without-ties-access";

  /** The operator seats a TIES focal point only in a vacant seat; a sitting one hands it over. */
  public static final String TIES_FOCAL_POINT_SITTING = "ties.ties-focal-point-sitting";

  private TiesRefusals() {}
}
