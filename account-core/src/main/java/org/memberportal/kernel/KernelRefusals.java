/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import org.apiguardian.api.API;

/**
 * The kernel's catalogue of refusals: every {@link PortalException#reason()} the kernel raises, written once, with
 * the rule it names. Throw sites name these constants, never a literal; each reason has an English and a French
 * sentence under its own key in the kernel's {@code ValidationMessages} bundles.
 *
 * <p>A workflow's reasons are built from its name ({@code <name>.illegal-transition}, {@code <name>.not-allowed}),
 * so the catalogue holds their suffixes; the module that names the workflow gives each built reason its
 * sentences.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class KernelRefusals {

  /** A port of the host (database, clock, hasher) failed: nothing was changed and the command may be retried. */
  public static final String HOST_UNAVAILABLE = "host.unavailable";

  /**
   * A store writes an aggregate only over the version it was read at: a write based on a version that changed
   * since is refused, whatever the aggregate, and nothing is changed.
   */
  public static final String STALE_VERSION = "stale-version";

  /** An account identifier must be a UUID: nothing can have any other, so it is not found. */
  public static final String ACCOUNT_ID_MALFORMED = "account-id.malformed";

  /** A staff identifier must be a UUID: nothing can have any other, so it is not found. */
  public static final String STAFF_ID_MALFORMED = "staff-id.malformed";

  /**
   * Suffix of {@code <workflow>.illegal-transition}: a workflow moves a subject only along a row of its table
   * from the subject's current state.
   */
  public static final String ILLEGAL_TRANSITION_SUFFIX = ".illegal-transition";

  /**
   * Suffix of {@code <workflow>.not-allowed}: only the roles a workflow's row names may take its action (and an
   * actor who may never take the action learns nothing of the subject's state).
   */
  public static final String NOT_ALLOWED_SUFFIX = ".not-allowed";

  private KernelRefusals() {}
}
