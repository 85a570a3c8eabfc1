/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;

/**
 * One audited step of an application: who, when, from which state to which, why (a reason code for a
 * withdrawal or a decision not to select) and, for an assessment, which step it was.
 *
 * @param action what was done
 * @param from the state before
 * @param to the state after
 * @param by who did it
 * @param at when
 * @param reason the reason code, when the step needs one
 * @param step the assessment step's label, for {@link ApplicationAction#RECORD_ASSESSMENT}
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Move(
    ApplicationAction action,
    ApplicationStatus from,
    ApplicationStatus to,
    Actor by,
    Instant at,
    Optional<String> reason,
    Optional<String> step) {}
