/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * A port of the host (database, clock, hasher) failed in a way the library cannot interpret; nothing was
 * changed and the command may be retried. The cause is kept for the host's own diagnosis.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Unavailable extends PortalException {

  /** Stable code of this kind of failure. */
  public static final String CODE = "unavailable";

  /**
   * Wraps a failure of a port.
   *
   * @param cause what the port threw
   */
  public Unavailable(RuntimeException cause) {
    super(KernelRefusals.HOST_UNAVAILABLE, "a port of the host failed: " + cause.getClass().getName(), Map.of(), cause);
  }

  @Override
  public String code() {
    return CODE;
  }
}
