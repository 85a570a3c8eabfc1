/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.CandidateApplication;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.profile.ProfileEvent;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotFound;

/**
 * The candidate's export (C4): everything held about them, read from every careers store as one document, in one
 * query; the history of changes is the event log's trail of their profile and of their privacy, oldest first, and
 * their applications are shown as they see them, in their language.
 */
record Exporting(Host host, Profiles profiles, Consents consents, CandidateAccounts accounts,
    Applications applications, Vacancies vacancies, AlertSubscriptions alerts) {

  CandidateDataExport export(CandidateId candidate, Locale language) {
    return host.query(() -> {
      List<AuditEntry> history = new ArrayList<>();
      List<DomainEvent> events = new ArrayList<>(host.events().log().trail(ProfileEvent.subjectOf(candidate)));
      events.addAll(host.events().log().trail(PrivacyEvent.subjectOf(candidate)));
      events.sort(Comparator.comparing(DomainEvent::occurredAt));
      for (DomainEvent e : events) {
        history.add(new AuditEntry(e.occurredAt(), e.type(), e.actor().getClass().getSimpleName(), e.detail()));
      }
      return CandidateDataExport.builder()
          .candidate(candidate)
          .exportedAt(host.clock().instant())
          .account(accounts.find(candidate))
          .profile(profiles.find(candidate))
          .addAllConsents(consents.history(candidate))
          .addAllHistory(history)
          .addAllApplications(applications.ofCandidate(candidate).stream()
              .map(a -> exported(a, language)).toList())
          .addAllAlerts(alerts.ofCandidate(candidate))
          .build();
    });
  }

  /** An application as its candidate sees it, with the personal data it holds besides. */
  private ExportedApplication exported(Application a, Locale language) {
    CandidateApplication view = CandidateApplication.of(a, vacancies.find(a.vacancy()).orElseThrow(
        () -> new NotFound(CareersRefusals.VACANCY_NOT_FOUND,
            "vacancy " + a.vacancy() + " of an application is missing")), language);
    return new ExportedApplication(view, a.email(), a.language());
  }
}
