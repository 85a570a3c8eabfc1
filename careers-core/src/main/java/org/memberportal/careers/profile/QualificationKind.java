/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import org.apiguardian.api.API;

/**
 * The kind of a qualification entry.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum QualificationKind {
  /** A training course. */
  TRAINING,
  /** A professional accreditation. */
  ACCREDITATION,
  /** A certificate. */
  CERTIFICATE
}
