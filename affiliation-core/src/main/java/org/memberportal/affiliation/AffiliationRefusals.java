/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation;

import org.apiguardian.api.API;

/**
 * The catalogue of the affiliation module's refusals: every {@code reason()} of a {@code PortalException} that
 * affiliation-core raises, each written once here with the rule it refuses, and named by its constant at every
 * throw site. Each has an English and a French sentence in the module's {@code ValidationMessages} bundles, under
 * the reason as key. The workflows build two more from their names: {@code affiliation.illegal-transition} and
 * {@code organisation.illegal-transition} (an action the record's state does not allow), with
 * {@code affiliation.not-allowed} for a role the affiliation workflow does not let act.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class AffiliationRefusals {

  /** Only a signed-in account holder enters an organisation into the directory. */
  public static final String ACCOUNT_HOLDER_ONLY = "affiliation.account-holder-only";

  /** The account named must exist. */
  public static final String ACCOUNT_NOT_FOUND = "affiliation.account-not-found";

  /** A suspended or closed account does not request an affiliation. */
  public static final String ACCOUNT_NOT_USABLE = "affiliation.account-not-usable";

  /**
   * An account has one current affiliation, and does not ask again for the one it holds (unless the organisation
   * became a member and the affiliation may now ask for its approval).
   */
  public static final String ALREADY_AFFILIATED = "affiliation.already-affiliated";

  /** A request is decided once: the first focal point's decision stands. */
  public static final String ALREADY_DECIDED = "affiliation.already-decided";

  /** A focal point's account is active. */
  public static final String FOCAL_POINT_ACCOUNT_NOT_ACTIVE = "affiliation.focal-point-account-not-active";

  /**
   * A focal point of the organisation decides a request; the operator decides only requests that no focal point
   * may decide.
   */
  public static final String FOCAL_POINT_DECIDES = "affiliation.focal-point-decides";

  /** A TIES focal point holds an approved affiliation with the organisation. */
  public static final String FOCAL_POINT_NOT_AFFILIATED = "affiliation.focal-point-not-affiliated";

  /** A seat changes hands only to someone who does not already hold it. */
  public static final String FOCAL_POINT_UNCHANGED = "affiliation.focal-point-unchanged";

  /**
   * A focal point hands the TIES seat over in two steps (prepare, then confirm); only the operator moves it at
   * once.
   */
  public static final String HAND_OVER_NEEDS_CONFIRMATION = "affiliation.hand-over-needs-confirmation";

  /** An affiliation identifier is a UUID. */
  public static final String ID_MALFORMED = "affiliation.id.malformed";

  /** A user-entered organisation is merged only into another, verified organisation. */
  public static final String MERGE_TARGET_NOT_VERIFIED = "affiliation.merge-target-not-verified";

  /** A merge names the organisation merged into. */
  public static final String MERGE_TARGET_REQUIRED = "affiliation.merge-target-required";

  /** A focal point hands over only a TIES seat that someone holds. */
  public static final String NO_TIES_FOCAL_POINT = "affiliation.no-ties-focal-point";

  /** Only the organisation's focal points hand a seat over and see its users. */
  public static final String NOT_A_FOCAL_POINT = "affiliation.not-a-focal-point";

  /**
   * Only those concerned read an affiliation: its holder, a focal point of its organisation, or staff (the
   * affiliation workflow raises it too, for a role a transition does not allow).
   */
  public static final String NOT_ALLOWED = "affiliation.not-allowed";

  /** The affiliation named must exist. */
  public static final String NOT_FOUND = "affiliation.not-found";

  /** Only the account holder asks for an affiliation, and only for their own account. */
  public static final String NOT_THE_ACCOUNT_HOLDER = "affiliation.not-the-account-holder";

  /** Only the operator appoints focal points and maintains the directory of organisations. */
  public static final String OPERATOR_ONLY = "affiliation.operator-only";

  /** A merged or rejected organisation accepts no affiliation request. */
  public static final String ORGANISATION_CLOSED = "affiliation.organisation-closed";

  /** An organisation identifier is a UUID. */
  public static final String ORGANISATION_ID_MALFORMED = "affiliation.organisation-id.malformed";

  /** Only verified member organisations have focal points and requests to decide. */
  public static final String ORGANISATION_NOT_A_MEMBER = "affiliation.organisation-not-a-member";

  /** The organisation named must exist. */
  public static final String ORGANISATION_NOT_FOUND = "affiliation.organisation-not-found";

  /** An account has at most one request awaiting a decision. */
  public static final String REQUEST_ALREADY_OPEN = "affiliation.request-already-open";

  /** The reminder tick is run by the host (the system) or the operator. */
  public static final String SYSTEM_ONLY = "affiliation.system-only";

  /** The sitting TIES focal point hands the seat over before their affiliation ends. */
  public static final String TIES_FOCAL_POINT_MUST_HAND_OVER = "affiliation.ties-focal-point-must-hand-over";

  /** The operator appoints a TIES focal point only to a vacant seat; a sitting one hands it over. */
  public static final String TIES_FOCAL_POINT_SITTING = "affiliation.ties-focal-point-sitting";

  private AffiliationRefusals() {}
}
