/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import org.apiguardian.api.API;

/**
 * The steps of the affiliation workflow.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum AffiliationAction {
  /** The account's email was verified: the request goes to the focal points. */
  SUBMIT,
  /** A focal point approves. */
  APPROVE,
  /** A focal point rejects. */
  REJECT,
  /** The requester withdraws the request. */
  CANCEL,
  /** A focal point or the operator removes the affiliation from the organisation's list. */
  REMOVE,
  /** The user leaves the organisation. */
  LEAVE,
  /** A newer affiliation of the account was approved or linked. */
  REPLACE,
  /**
   * The operator merged the linked organisation into a member organisation: the link becomes a request to its
   * focal points.
   *
   * @since 0.2.0
   */
  MERGE
}
