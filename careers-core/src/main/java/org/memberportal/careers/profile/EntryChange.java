/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import org.apiguardian.api.API;

/**
 * What an edit did to a section.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum EntryChange {
  /** A single-valued section was set or replaced. */
  SET,
  /** An entry was added. */
  ADDED,
  /** An entry was replaced. */
  UPDATED,
  /** An entry was removed; with no entry named, the whole section was. */
  REMOVED,
  /** The candidate declared that the section has no entries (relatives: none). */
  DECLARED_NONE
}
