/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import java.util.Locale;
import org.apiguardian.api.API;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;

/**
 * What other modules may know of a user account: who it is, how to write to them, and whether it is usable.
 *
 * @param id the account
 * @param email its current (verified or not) address
 * @param firstName first name
 * @param lastName last name
 * @param language the holder's preferred language, for notifications
 * @param status where the account stands
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record AccountSummary(
    AccountId id, EmailAddress email, String firstName, String lastName, Locale language, AccountStatus status) {

  /**
   * Whether the account can be used now (verified, not suspended, closed or waiting for a reset).
   *
   * @return true when {@link AccountStatus#ACTIVE}
   */
  public boolean active() {
    return status == AccountStatus.ACTIVE;
  }

  /**
   * First and last name, for lists and notifications.
   *
   * @return the full name
   */
  public String fullName() {
    return firstName + " " + lastName;
  }

  /**
   * A letter to the holder: addressed to the current address, in the holder's language, with an idempotency key
   * made of the kind, the cause and the holder ({@code kind:cause:id}), so the same cause never writes twice to
   * the same person.
   *
   * @param kind the notification kind (its template)
   * @param cause what caused it, unique for the kind (e.g. an affiliation's id and version)
   * @return a builder to add the letter's parameters to
   */
  public Notification.Builder letter(String kind, String cause) {
    return Notification.builder()
        .idempotencyKey(kind + ":" + cause + ":" + id)
        .recipient(email)
        .kind(kind)
        .locale(language);
  }

  /** Ids and status only: names and addresses are personal data. */
  @Override
  public String toString() {
    return "AccountSummary{" + id + ", " + email.masked() + ", " + status + "}";
  }
}
