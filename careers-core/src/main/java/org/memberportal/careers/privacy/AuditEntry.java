/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One line of the history of a candidate's data, as shown in an export: when, what happened, by whom.
 *
 * @param occurredAt when
 * @param type the event's type, e.g. {@code ProfileEdited}
 * @param actor the kind of actor, e.g. {@code Candidate}
 * @param detail what changed, without content (e.g. {@code "languages ADDED"})
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AuditEntry(Instant occurredAt, String type, String actor, String detail) {}
