/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One entry of a multi-valued profile section: a language, a relative, a degree, a job, a qualification, an
 * area of expertise, a computer skill, a publication or a reference.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ProfileEntry {

  /** Longest short text (a name, a title). */
  int SHORT = 200;

  /** Longest free text (a description). */
  int LONG = 4000;

  /**
   * Identifies the entry within its profile; a fresh one unless given.
   *
   * @return the id
   */
  @Value.Default
  default EntryId id() {
    return EntryId.random();
  }

  /**
   * The section the entry belongs to.
   *
   * @return the section
   */
  Section section();
}
