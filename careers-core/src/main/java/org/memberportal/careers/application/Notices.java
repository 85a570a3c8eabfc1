/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.privacy.PrivacyEvent;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.kernel.Notification;

/**
 * What an application's candidate is told (C9), by the application commands and by the policies alike: the
 * notice of one kind ({@link ApplicationDesk#KINDS}), in the application's language, about the vacancy it was made
 * to, with the parameters {@code application}, {@code vacancy}, {@code reference} and {@code title}
 * ({@link Vacancy#titleFor}) and the extra ones ({@code step}, {@code outcome}).
 *
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class Notices {

  private Notices() {}

  /**
   * The notice of an application: the outcome and the cancellation are told once an application (the
   * idempotency key names the application); every other notice once a move (the key names the version).
   *
   * @param application the application
   * @param kind the notification kind
   * @param vacancy the application's vacancy
   * @param extra further parameters
   * @return the notice, empty once the application's address was erased
   */
  public static Optional<Notification> of(Application application, String kind, Vacancy vacancy,
      Map<String, String> extra) {
    if (application.email().isEmpty()) {
      return Optional.empty();
    }
    boolean once = kind.equals(ApplicationDesk.OUTCOME) || kind.equals(ApplicationDesk.VACANCY_CANCELLED);
    return Optional.of(Notification.builder()
        .idempotencyKey(kind + ":" + application.id() + (once ? "" : ":" + application.version()))
        .recipient(application.email().get())
        .dataSubject(PrivacyEvent.subjectOf(application.candidate()))
        .kind(kind)
        .locale(application.language())
        .putParameters("application", application.id().toString())
        .putParameters("vacancy", vacancy.id().toString())
        .putParameters("reference", vacancy.referenceNumber())
        .putParameters("title", vacancy.titleFor(application.language()))
        .putAllParameters(extra)
        .build());
  }
}
