/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.myrequests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.ties.TiesRefusals;
import org.memberportal.ties.access.TiesRequest;
import org.memberportal.ties.port.TiesAccountRegister;

/**
 * "My Requests" (T6): one read model of a user's affiliation and TIES requests with status and dates, newest
 * first.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class MyRequests {

  private static final Comparator<RequestLine> NEWEST_FIRST = Comparator.comparing(RequestLine::requestedAt)
      .thenComparing(RequestLine::kind).reversed();

  private final Host host;
  private final Affiliations affiliations;
  private final Organisations organisations;
  private final TiesAccountRegister register;

  /**
   * Creates the read model.
   *
   * @param host the shared host
   * @param affiliations the affiliation service
   * @param organisations the organisations directory
   * @param register the accounts' TIES access
   */
  public MyRequests(Host host, Affiliations affiliations, Organisations organisations, TiesAccountRegister register) {
    this.host = host;
    this.affiliations = affiliations;
    this.organisations = organisations;
    this.register = register;
  }

  /**
   * A user's affiliation and TIES requests, newest first (a TIES request filed when its affiliation was approved
   * comes after that affiliation).
   *
   * @param account the user
   * @param actor the user, or the operator
   * @return the lines
   */
  public List<RequestLine> of(AccountId account, Actor actor) {
    if (!actor.holds(account) && !(actor instanceof Actor.Operator)) {
      throw new NotAllowed(TiesRefusals.NOT_ALLOWED, "only the holder and staff see an account's requests");
    }
    return host.query(() -> {
      Map<OrganisationId, String> names = new HashMap<>();
      List<RequestLine> lines = new ArrayList<>();
      for (Affiliation a : affiliations.historyOf(account, Actor.system("ties.my-requests"))) {
        lines.add(new RequestLine(RequestKind.AFFILIATION, a.organisation(), name(names, a.organisation()),
            code(a.state()), a.requestedAt(), a.decidedAt(), a.endedAt()));
      }
      register.find(account).ifPresent(t -> {
        for (TiesRequest r : t.requests()) {
          lines.add(new RequestLine(RequestKind.TIES, r.organisation(), name(names, r.organisation()),
              code(r.state()), r.requestedAt(), r.decidedAt(), r.endedAt()));
        }
      });
      lines.sort(NEWEST_FIRST);
      return List.copyOf(lines);
    });
  }

  private String name(Map<OrganisationId, String> names, OrganisationId id) {
    return names.computeIfAbsent(id, k -> {
      try {
        return organisations.get(k).name();
      } catch (NotFound e) {
        // a line stays readable even if its organisation was erased from the directory
        return "";
      }
    });
  }

  private static String code(Enum<?> state) {
    return state.name().toLowerCase(Locale.ROOT);
  }
}
