/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.kernel.Text;

/**
 * The part of a focal point's or the operator's decision on an affiliation that tells the user why: an optional
 * reason of at most 500 characters, lines allowed, sent to the user.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface DecisionReason {

  /**
   * An optional reason, sent to the user.
   *
   * @return the reason
   */
  Optional<@Text(multiLine = true) @Size(max = 500, message = "{affiliation.reason.too-long}") String> reason();
}
