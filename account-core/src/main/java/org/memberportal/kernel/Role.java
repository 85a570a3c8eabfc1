/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import org.apiguardian.api.API;

/**
 * The relation of an actor to the subject of a command; workflow tables say which roles may take each step.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Role {
  /** Anybody, signed in or not. */
  ANONYMOUS,
  /** The account holder or candidate the subject belongs to. */
  OWNER,
  /** The TIES Focal Point of the subject's organisation. */
  TIES_FOCAL_POINT,
  /** The ITU Focal Point of the subject's organisation. */
  ITU_FOCAL_POINT,
  /** The operator's staff: service desk and administrators. */
  OPERATOR,
  /** Recruitment staff (Careers). */
  RECRUITER,
  /** The library itself, reacting to an event or a host-run tick. */
  SYSTEM
}
