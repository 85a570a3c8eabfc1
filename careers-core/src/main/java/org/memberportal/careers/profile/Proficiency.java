/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import org.apiguardian.api.API;

/**
 * How well a candidate reads, writes or speaks a language.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Proficiency {
  /** Basic knowledge. */
  BASIC,
  /** Working knowledge. */
  INTERMEDIATE,
  /** Fluent. */
  FLUENT,
  /** Mother tongue. */
  NATIVE
}
