/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.myrequests;

import org.apiguardian.api.API;

/**
 * What a line of "My Requests" is about.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum RequestKind {
  /** An affiliation request (or link) to an organisation. */
  AFFILIATION,
  /** A TIES access request (or assignment). */
  TIES
}
