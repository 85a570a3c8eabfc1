/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.CredentialHolders.Mail;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;

/**
 * The notification kinds one kind of account gives the credential flows' emails, and the one way such an email
 * starts: its kind, recipient, language and idempotency key {@code <kind>:<id>:<key>}. A kind of account that sends
 * no lockout email gives no kind for it.
 *
 * @param verificationCode the kind of {@link Mail#VERIFICATION_CODE}
 * @param signUpAttempt the kind of {@link Mail#SIGN_UP_ATTEMPT}
 * @param resetCode the kind of {@link Mail#RESET_CODE}
 * @param passwordChanged the kind of {@link Mail#PASSWORD_CHANGED}
 * @param accountLocked the kind of {@link Mail#ACCOUNT_LOCKED}, or null when the accounts send none
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public record CredentialMails(String verificationCode, String signUpAttempt, String resetCode,
    String passwordChanged, @Nullable String accountLocked) {

  /**
   * Starts an email of the credential flows, if the accounts send it.
   *
   * @param mail which email
   * @param holder the account's id, as its emails' keys show it
   * @param to the recipient
   * @param language the recipient's language
   * @param key what tells this email from another of the same kind, e.g. the UTC day
   * @return the started notification, or empty when the accounts send no such email
   */
  public Optional<Notification.Builder> start(Mail mail, Object holder, EmailAddress to, Locale language,
      String key) {
    String kind = kindOf(mail);
    return kind == null ? Optional.empty() : Optional.of(start(kind, holder, to, language, key));
  }

  /**
   * Starts an email of an account: kind, recipient, language and the idempotency key {@code <kind>:<id>:<key>}.
   *
   * @param kind the notification kind
   * @param holder the account's id
   * @param to the recipient
   * @param language the recipient's language
   * @param key what tells this email from another of the same kind
   * @return the started notification
   */
  public static Notification.Builder start(String kind, Object holder, EmailAddress to, Locale language,
      String key) {
    Notification.Builder b = Notification.builder();
    b.idempotencyKey(kind + ":" + holder + ":" + key).recipient(to).kind(kind).locale(language);
    return b;
  }

  private @Nullable String kindOf(Mail mail) {
    return switch (mail) {
      case VERIFICATION_CODE -> verificationCode;
      case SIGN_UP_ATTEMPT -> signUpAttempt;
      case RESET_CODE -> resetCode;
      case PASSWORD_CHANGED -> passwordChanged;
      case ACCOUNT_LOCKED -> accountLocked;
    };
  }
}
