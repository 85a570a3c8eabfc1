/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import org.apiguardian.api.API;

/**
 * What can be done to an account's TIES access; the rows of {@link TiesWorkflow#TABLE}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum TiesAction {
  /** The user asks for TIES access (or the sign-up tick is filed). */
  REQUEST,
  /** A focal point grants a request. */
  APPROVE,
  /** A focal point turns a request down. */
  REJECT,
  /** The user withdraws a request. */
  CANCEL,
  /** A focal point grants access without a request. */
  ASSIGN,
  /** A focal point or the operator withdraws the access. */
  REMOVE,
  /** The affiliation ended, so the access or request lapses. */
  LAPSE
}
