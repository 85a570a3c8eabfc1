/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Host;

/**
 * The letters about an account's TIES access, keyed by its saved version ({@code kind:account:vN:recipient}), so
 * a retried relay batch never sends twice. Every model carries {@code organisationName} and {@code userName}, and
 * the {@code reason} when one was given.
 *
 * @param host the shared host, whose outbox takes them
 * @param accounts the account directory
 * @param organisations the organisations directory, for the names
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public record TiesLetters(Host host, AccountDirectory accounts, Organisations organisations) {

  /**
   * Tells the account's holder ({@code ties.approved}, {@code .rejected}, {@code .assigned}, {@code .removed},
   * {@code .lapsed}).
   *
   * @param t the TIES access, as saved
   * @param kind the letter's kind
   * @param reason the reason given, if any
   */
  public void toUser(TiesAccount t, String kind, Optional<String> reason) {
    accounts.find(t.account()).ifPresent(user ->
        host.notify(user.letter(kind, cause(t)).putAllParameters(parameters(t.organisation(), user, reason)).build()));
  }

  /**
   * Tells a focal point of a request ({@code ties.requested}).
   *
   * @param to the focal point's account
   * @param t the TIES access, as saved
   * @param user the requester
   */
  void toFocalPoint(AccountId to, TiesAccount t, AccountSummary user) {
    accounts.find(to).ifPresent(fp -> host.notify(
        fp.letter("ties.requested", cause(t))
            .putAllParameters(parameters(t.organisation(), user, Optional.empty())).build()));
  }

  private static String cause(TiesAccount t) {
    return t.account() + ":v" + t.version();
  }

  private Map<String, String> parameters(OrganisationId organisation, AccountSummary user, Optional<String> reason) {
    Map<String, String> p = new HashMap<>();
    p.put("organisationName", organisations.get(organisation).name());
    p.put("userName", user.fullName());
    reason.ifPresent(r -> p.put("reason", r));
    return p;
  }
}
