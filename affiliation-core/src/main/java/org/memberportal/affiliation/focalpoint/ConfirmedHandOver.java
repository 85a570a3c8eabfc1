/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;

/**
 * The seat change of a TIES Focal Point hand-over that its focal point confirmed in two steps (T4): first the
 * preview of what changes ("your rights as TIES Focal Point will be lost"), then the confirmation. The module that
 * runs the two steps (ties-core's {@code TiesFocalPoints}) takes it from
 * {@link FocalPoints#confirmedHandOver(TiesSeatEligibility)} when it is built, with its rule for who may take the
 * seat, and {@link FocalPoints} hands it out once, so no other caller can move the seat without the confirmation.
 * The only other path is the operator's {@link FocalPoints#handOverTies}, under the same rule.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class ConfirmedHandOver {

  private final HandingOver handingOver;

  ConfirmedHandOver(HandingOver handingOver) {
    this.handingOver = handingOver;
  }

  /**
   * Hands the TIES seat to the successor, once the holder of this hook checked its own rules and the focal point
   * confirmed. Call it inside your own {@code host.command(...)}: it joins your transaction, so the seat change,
   * its event and its notifications commit with your command or not at all. Allowed to the organisation's
   * sitting TIES Focal Point and its ITU Focal Point; the successor must hold an approved affiliation with the
   * organisation and an active account, and meet the {@link TiesSeatEligibility} given with the hook. The former holder loses the rights at once.
   *
   * @param command the organisation and the successor
   * @param actor the focal point who confirmed
   * @return the new seats and a {@link FocalPointEvent.Changed}
   */
  public Outcome<FocalPointSeats> handOver(HandOverTiesFocalPoint command, Actor actor) {
    return handingOver.handOver(command, actor);
  }
}
