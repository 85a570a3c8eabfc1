/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The candidates' privacy: export of everything held about a candidate, consent to share outside the
 * organisation (recorded with its time, withdrawable), deletion of the profile, and the retention batch. Consents
 * are kept here; the export, which reads every careers store, is the package's {@code Exporting}, and the erasure
 * (deletion and retention) its {@code Erasing}. Editing and removing entries are the {@link org.memberportal.careers.profile.CandidateProfiles} commands.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Privacy {

  private static final Logger LOG = LoggerFactory.getLogger(Privacy.class);

  private final Host host;
  private final Consents consents;
  private final Exporting exporting;
  private final Erasing erasing;

  /**
   * Creates the service.
   *
   * @param host the kernel's ports
   * @param profiles where profiles are stored
   * @param consents where consents are recorded
   * @param accounts where careers accounts are stored
   * @param retention how long inactive candidates are kept
   * @param applications where applications are kept (exported)
   * @param vacancies where vacancies are kept (an exported application shows its vacancy as the candidate sees it)
   * @param alerts where job alerts are kept (exported)
   */
  public Privacy(Host host, Profiles profiles, Consents consents, CandidateAccounts accounts,
      RetentionPolicy retention, Applications applications, Vacancies vacancies, AlertSubscriptions alerts) {
    this.host = host;
    this.consents = consents;
    this.exporting = new Exporting(host, profiles, consents, accounts, applications, vacancies, alerts);
    this.erasing = new Erasing(host, profiles, consents, accounts, retention);
  }

  /**
   * Everything held about the candidate, as one document: account, profile, consents, history of changes,
   * applications (with their profile snapshots) and job alerts.
   *
   * @param candidate whose data
   * @param actor the candidate themselves
   * @return the export
   * @throws NotAllowed {@code privacy.not-owner} for anybody else
   */
  public CandidateDataExport export(CandidateId candidate, Actor actor) {
    requireOwner(candidate, actor);
    return exporting.export(candidate, actor.locale());
  }

  /**
   * Records the candidate's consent, with the time; giving a consent that holds changes nothing.
   *
   * @param command the command
   * @param actor the candidate
   * @return the consent in force and a {@link PrivacyEvent.ConsentGiven} event (none when it already held)
   */
  public Outcome<Consent> giveConsent(GiveConsent command, Actor actor) {
    Validation.check(command, actor);
    requireOwner(command.candidate(), actor);
    return host.command(() -> {
      Optional<Consent> active = active(command.candidate(), command.scope());
      if (active.isPresent()) {
        return new Outcome<>(active.get(), List.of());
      }
      Instant now = host.clock().instant();
      Consent consent = new Consent(command.candidate(), command.scope(), now, Optional.empty());
      consents.add(consent);
      LOG.info("candidate {} consented to {}", command.candidate(), command.scope());
      return Outcome.of(consent, new PrivacyEvent.ConsentGiven(now, actor, command.candidate(), command.scope()));
    });
  }

  /**
   * Withdraws the candidate's consent, with the time.
   *
   * @param command the command
   * @param actor the candidate
   * @return the withdrawn consent and a {@link PrivacyEvent.ConsentWithdrawn} event
   * @throws PreconditionFailed {@code privacy.no-consent} when no such consent holds
   */
  public Outcome<Consent> withdrawConsent(WithdrawConsent command, Actor actor) {
    Validation.check(command, actor);
    requireOwner(command.candidate(), actor);
    return host.command(() -> {
      Consent active = active(command.candidate(), command.scope())
          .orElseThrow(() -> new PreconditionFailed(CareersRefusals.PRIVACY_NO_CONSENT, "no consent holds"));
      Instant now = host.clock().instant();
      Consent withdrawn = active.withdrawn(now);
      consents.update(withdrawn);
      LOG.info("candidate {} withdrew consent to {}", command.candidate(), command.scope());
      return Outcome.of(withdrawn, new PrivacyEvent.ConsentWithdrawn(now, actor, command.candidate(), command.scope()));
    });
  }

  /**
   * Whether the candidate's data may be shared outside the organisation now.
   *
   * @param candidate the candidate
   * @param actor the candidate, a recruiter or the library
   * @return true while the candidate's consent holds
   */
  public boolean mayShareOutside(CandidateId candidate, Actor actor) {
    boolean owner = actor instanceof Candidate c && c.candidate().equals(candidate);
    if (!owner && !(actor instanceof Recruiter) && !(actor instanceof Actor.System)) {
      throw new NotAllowed(CareersRefusals.PRIVACY_NOT_OWNER, "only the candidate and recruiters see consents");
    }
    return host.query(() -> active(candidate, ConsentScope.SHARE_OUTSIDE_ORGANISATION).isPresent());
  }

  /**
   * Deletes the candidate's profile, consents and careers account, and forgets every notification about them in
   * the outbox, delivered or not (none is sent after the erasure); publishes {@link PrivacyEvent.CandidateErased},
   * to which applications and accounts subscribe to withdraw and anonymise what they hold, in the same
   * transaction.
   *
   * @param command the command
   * @param actor the candidate
   * @return the candidate and the {@link PrivacyEvent.CandidateErased} event
   */
  public Outcome<CandidateId> deleteProfile(DeleteProfile command, Actor actor) {
    Validation.check(command, actor);
    requireOwner(command.candidate(), actor);
    return erasing.deleteProfile(command.candidate(), actor);
  }

  /**
   * The retention batch: erases every candidate inactive (no profile edit, no sign-in) for longer than the
   * configured period. Run it as
   * often as you like; a second run at the same time erases nobody.
   *
   * @param actor the library, {@code Actor.system("retention")}
   * @return who was erased, with one {@link PrivacyEvent.CandidateErased} event each
   * @throws NotAllowed {@code privacy.not-system} for any other actor
   */
  public Outcome<RetentionReport> applyRetention(Actor actor) {
    if (!(actor instanceof Actor.System)) {
      throw new NotAllowed(CareersRefusals.PRIVACY_NOT_SYSTEM, "the retention batch is run by the library");
    }
    return erasing.applyRetention(actor);
  }

  private Optional<Consent> active(CandidateId candidate, ConsentScope scope) {
    return consents.history(candidate).stream().filter(c -> c.scope() == scope && c.active()).findFirst();
  }

  private static void requireOwner(CandidateId candidate, Actor actor) {
    if (!(actor instanceof Candidate c && c.candidate().equals(candidate))) {
      throw new NotAllowed(CareersRefusals.PRIVACY_NOT_OWNER, "only the candidate manages their data");
    }
  }
}
