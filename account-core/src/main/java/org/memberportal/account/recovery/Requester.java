/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.recovery;

import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Text;

/**
 * The part of a forgot-password or reset command that says who asks, as the host knows it (never typed by the
 * person): a key that stays the same for one caller between asking for a code and using it, such as the
 * caller's network address or a device cookie. Reset codes are kept per group of requesters (see
 * {@link ResetLimits}), so a flood of requests from other requesters neither uses up the holder's allowance nor
 * kills or exhausts the holder's code. The library keeps only a keyed hash of it, and never logs it. Left empty,
 * every caller shares one group with the older limits.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Requester {

  /**
   * The requester key the host supplies, if any; the same one for the request and the reset.
   *
   * @return the key, or null
   */
  @Size(max = 256)
  @Text
  @Nullable String requester();
}
