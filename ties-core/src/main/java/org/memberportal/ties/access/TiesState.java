/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import org.apiguardian.api.API;

/**
 * Where an account's TIES access stands.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum TiesState {
  /** Never requested nor assigned. */
  NONE,
  /** Requested; waiting for a focal point's decision. */
  REQUESTED,
  /** TIES access granted. */
  ACTIVE,
  /** A focal point rejected the request. */
  REJECTED,
  /** The user withdrew the request before a decision. */
  CANCELLED,
  /** A focal point (or the operator) removed the access. */
  REMOVED,
  /** The affiliation it rested on ended. */
  LAPSED;

  /**
   * Whether the account holds TIES access in this state.
   *
   * @return true for {@link #ACTIVE}
   */
  public boolean active() {
    return this == ACTIVE;
  }
}
