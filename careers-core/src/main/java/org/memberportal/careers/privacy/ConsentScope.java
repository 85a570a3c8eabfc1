/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import org.apiguardian.api.API;

/**
 * What a candidate may consent to beyond recruitment by the organisation itself.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ConsentScope {
  /** Sharing the profile with recruiters outside the organisation (e.g. other UN organisations). */
  SHARE_OUTSIDE_ORGANISATION
}
