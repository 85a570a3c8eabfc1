/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation;

import org.apiguardian.api.API;

/**
 * The relation of an actor to an affiliation or to an account's TIES access, as the affiliation and TIES workflow
 * tables name it: the seats are read afresh from the organisation's focal points at every command.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public enum AffiliationRole {
  /** The account holder the subject belongs to. */
  OWNER,
  /** The TIES Focal Point of the subject's organisation. */
  TIES_FOCAL_POINT,
  /** The ITU Focal Point of the subject's organisation. */
  ITU_FOCAL_POINT,
  /** The operator's staff: service desk and administrators. */
  OPERATOR,
  /** The library itself, reacting to an event or a host-run tick. */
  SYSTEM
}
