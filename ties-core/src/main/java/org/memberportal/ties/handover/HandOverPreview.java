/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.handover;

import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Secret;

/**
 * What a prepared TIES hand-over will change, and the single-use token that confirms it before it expires.
 *
 * @param organisation the organisation
 * @param former the sitting TIES Focal Point
 * @param successor who will take the seat
 * @param changes what will change
 * @param expiresAt until when the token confirms it
 * @param token the confirmation token (shown once; only its hash is stored)
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record HandOverPreview(
    OrganisationId organisation,
    AccountId former,
    AccountId successor,
    List<HandOverChange> changes,
    Instant expiresAt,
    Secret token) {

  /** Copies the changes. */
  public HandOverPreview {
    changes = List.copyOf(changes);
  }
}
