/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Notification;

/**
 * The letters about one affiliation, keyed by it: to its user ({@code affiliation.approved}, {@code .rejected},
 * {@code .removed}) or to a focal point ({@code affiliation.requested}, {@code .reminder}, {@code .escalation}).
 * Every model carries {@code organisationName}, {@code requesterName} and {@code affiliationId}, and the
 * {@code reason} when one was given.
 *
 * @param host the shared host, whose outbox takes them
 * @param accounts the account directory, for the recipients
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public record RequestLetters(Host host, AccountDirectory accounts) {

  /**
   * Tells the affiliation's user, if the account still exists.
   *
   * @param a the affiliation
   * @param kind the letter's kind
   * @param organisation its organisation
   * @param reason the reason given, if any
   */
  public void toUser(Affiliation a, String kind, Organisation organisation, Optional<String> reason) {
    accounts.find(a.account()).ifPresent(user -> host.notify(letter(user, kind, organisation, user, a, reason)));
  }

  /**
   * Tells a focal point about a request.
   *
   * @param to the focal point's account
   * @param kind the letter's kind
   * @param a the request
   * @param organisation its organisation
   * @param requester the requester's account
   */
  public void toFocalPoint(AccountSummary to, String kind, Affiliation a, Organisation organisation,
      AccountSummary requester) {
    host.notify(letter(to, kind, organisation, requester, a, Optional.empty()));
  }

  private static Notification letter(AccountSummary to, String kind, Organisation organisation,
      AccountSummary requester, Affiliation a, Optional<String> reason) {
    String id = a.id().toString();
    Notification.Builder letter = to.letter(kind, id)
        .putParameters("organisationName", organisation.name())
        .putParameters("requesterName", requester.fullName())
        .putParameters("affiliationId", id);
    reason.ifPresent(r -> letter.putParameters("reason", r));
    return letter.build();
  }
}
