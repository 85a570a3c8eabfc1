/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.myrequests;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.affiliation.organisation.OrganisationId;

/**
 * One line of "My Requests" (T6): an affiliation or TIES request with its status and dates.
 *
 * @param kind affiliation or TIES
 * @param organisation the organisation it is about
 * @param organisationName the organisation's name, for the screen
 * @param status the state's stable code, lower case (e.g. {@code approved}, {@code active}, {@code lapsed})
 * @param requestedAt when requested (or assigned)
 * @param decidedAt when a focal point decided, if one did
 * @param endedAt when it ended (cancelled, removed, left, replaced, lapsed), if it did
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record RequestLine(
    RequestKind kind,
    OrganisationId organisation,
    String organisationName,
    String status,
    Instant requestedAt,
    Optional<Instant> decidedAt,
    Optional<Instant> endedAt) {}
