/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import org.apiguardian.api.API;

/**
 * Where a candidate's relative works.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum RelativeEmployer {
  /** The organisation itself. */
  THIS_ORGANISATION,
  /** Another organisation of the United Nations common system. */
  UN_COMMON_SYSTEM
}
