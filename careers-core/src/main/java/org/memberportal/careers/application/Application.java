/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.careers.CareersRole;
import org.memberportal.careers.profile.ProfileSnapshot;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;

/**
 * A candidate's application to one vacancy (by id only): its place in {@link ApplicationWorkflow}, the profile
 * frozen at submission, and the audit trail of every move. Pure domain: each move returns a new application.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Application {

  /** The application's identifier. */
  public abstract ApplicationId id();

  /** Who applies. */
  public abstract CandidateId candidate();

  /** To which vacancy. */
  public abstract VacancyId vacancy();

  /** Where it stands internally. */
  public abstract ApplicationStatus status();

  /** Where notifications about it go (the careers account's address when it was started or submitted). */
  public abstract Optional<EmailAddress> email();

  /** The language of its notifications. */
  public abstract Locale language();

  /** The candidate's motivation for this vacancy, if written. */
  public abstract Optional<String> coverLetter();

  /** When it was started (as a draft or submitted at once). */
  public abstract Instant startedAt();

  /** When it was submitted. */
  public abstract Optional<Instant> submittedAt();

  /** The profile frozen at submission. */
  public abstract Optional<ProfileSnapshot> profile();

  /** Every move since it was started, oldest first. */
  public abstract List<Move> moves();

  /**
   * Whether the candidate has been formally told the outcome of the finished competition, or that the vacancy
   * was cancelled.
   *
   * @return true once told
   */
  @Value.Default
  public boolean outcomeNotified() {
    return false;
  }

  /**
   * Whether the candidate's personal data (address, cover letter, profile snapshot) was erased at their request
   * or by the retention rule; what remains (vacancy, statuses, dates, moves) is anonymous statistics.
   *
   * @return true once erased
   */
  @Value.Default
  public boolean erased() {
    return false;
  }

  /**
   * The version, for optimistic concurrency: 0 when started, 1 once stored, and one more at each update (the
   * store moves it on).
   *
   * @return the version
   */
  public abstract long version();

  /** The same application at another version; only a store sets it. */
  public abstract Application withVersion(long version);

  /**
   * The status the candidate sees, given where the vacancy stands: a cancelled vacancy shows as cancelled on every
   * application submitted to it, neither withdrawn nor selected (a final status the candidate saw never changes);
   * "not selected" shows only once the competition is finished,
   * and until then the application keeps what the candidate saw before the decision (at least "under review"), so
   * the candidate-facing status never moves backwards.
   *
   * @param vacancy the status of the application's vacancy
   * @return the candidate-facing status
   */
  public CandidateStatus candidateStatus(VacancyStatus vacancy) {
    ApplicationStatus s = status();
    if (s == ApplicationStatus.DRAFT || s == ApplicationStatus.WITHDRAWN || s == ApplicationStatus.EXPIRED) {
      return s.shownToCandidate();
    }
    if (vacancy == VacancyStatus.CANCELLED && s != ApplicationStatus.SELECTED) {
      return CandidateStatus.VACANCY_CANCELLED;
    }
    if (s == ApplicationStatus.NOT_SELECTED && vacancy != VacancyStatus.COMPETITION_FINISHED) {
      CandidateStatus before = moves().stream().filter(m -> m.to() == ApplicationStatus.NOT_SELECTED)
          .map(m -> m.from().shownToCandidate()).reduce((first, last) -> last).orElse(CandidateStatus.UNDER_REVIEW);
      return before == CandidateStatus.RECEIVED ? CandidateStatus.UNDER_REVIEW : before;
    }
    return s.shownToCandidate();
  }

  /** {@return whether it is still a draft (the candidate edits, submits or deletes only drafts)} */
  public boolean isDraft() {
    return status() == ApplicationStatus.DRAFT;
  }

  /** {@return whether {@code someone}, a candidate, made this application} */
  public boolean belongsTo(CandidateId someone) {
    return candidate().equals(someone);
  }

  /**
   * Whether its candidate is told that the vacancy was cancelled: they see "vacancy cancelled" once it is (every
   * applicant but those who withdrew, were selected or never submitted).
   *
   * @return true when the cancellation is theirs to hear
   */
  public boolean seesVacancyCancelled() {
    return candidateStatus(VacancyStatus.CANCELLED) == CandidateStatus.VACANCY_CANCELLED;
  }

  /**
   * The latest move, if any: a draft has made none.
   *
   * @return the last entry of {@link #moves()}, empty when it never moved
   */
  public Optional<Move> lastMove() {
    return moves().isEmpty() ? Optional.empty() : Optional.of(moves().get(moves().size() - 1));
  }

  /**
   * The application after a move, checked against {@link ApplicationWorkflow#TABLE}. Withdrawing and deciding
   * not to select need a reason code.
   *
   * @param action what is done
   * @param roles the actor's relations to the application
   * @param by who does it
   * @param at when
   * @param reason the reason code, if any
   * @param step the assessment step's label, if any
   * @return the moved application
   * @throws org.memberportal.kernel.NotAllowed when none of the roles may take the action
   * @throws org.memberportal.kernel.IllegalTransition when the action is not possible from the status
   * @throws ValidationFailed {@code careers.application.reason.missing} without a needed reason code
   */
  public Application moved(ApplicationAction action, Set<CareersRole> roles, Actor by, Instant at,
      Optional<String> reason, Optional<String> step) {
    ApplicationStatus to = ApplicationWorkflow.TABLE.next(status(), action, roles);
    if ((action == ApplicationAction.WITHDRAW || action == ApplicationAction.REJECT) && reason.isEmpty()) {
      throw ValidationFailed.of(Validation.violation("reason", "careers.application.reason.missing", by.locale()));
    }
    List<Move> trail = new ArrayList<>(moves());
    trail.add(new Move(action, status(), to, by, at, reason, step));
    return copy(to, trail, submittedAt(), profile(), coverLetter(), outcomeNotified());
  }

  /**
   * The draft submitted, with the profile frozen into it and the candidate's current address and language.
   *
   * @param snapshot the profile now
   * @param email where notifications go now
   * @param language the candidate's language now
   * @param by the candidate
   * @param at when
   * @return the submitted application
   */
  public Application submitted(ProfileSnapshot snapshot, EmailAddress email, Locale language, Actor by, Instant at) {
    Application moved = moved(ApplicationAction.SUBMIT, Set.of(CareersRole.OWNER), by, at, Optional.empty(),
        Optional.empty());
    return builder().id(id()).candidate(candidate()).vacancy(vacancy()).email(email).language(language)
        .startedAt(startedAt()).status(moved.status()).addAllMoves(moved.moves()).submittedAt(at)
        .profile(snapshot).coverLetter(coverLetter()).outcomeNotified(false).version(version()).build();
  }

  /**
   * The application without the candidate's personal data: no address, cover letter or profile snapshot.
   *
   * @return the anonymised application
   */
  public Application anonymised() {
    return builder().id(id()).candidate(candidate()).vacancy(vacancy()).language(language())
        .startedAt(startedAt()).status(status()).addAllMoves(moves()).submittedAt(submittedAt())
        .outcomeNotified(outcomeNotified()).erased(true).version(version()).build();
  }

  /**
   * The draft with a new cover letter.
   *
   * @param letter the letter, or empty to remove it
   * @return the saved draft
   */
  public Application drafted(Optional<String> letter) {
    return copy(status(), moves(), submittedAt(), profile(), letter, outcomeNotified());
  }

  /**
   * The application once the candidate has been told the competition's outcome or the vacancy's cancellation.
   *
   * @return the application
   */
  public Application outcomeTold() {
    return copy(status(), moves(), submittedAt(), profile(), coverLetter(), true);
  }

  private Application copy(ApplicationStatus status, List<Move> moves, Optional<Instant> submittedAt,
      Optional<ProfileSnapshot> profile, Optional<String> letter, boolean notified) {
    return builder().id(id()).candidate(candidate()).vacancy(vacancy()).email(email()).language(language())
        .startedAt(startedAt()).status(status).addAllMoves(moves).submittedAt(submittedAt).profile(profile)
        .coverLetter(letter).outcomeNotified(notified).erased(erased()).version(version()).build();
  }

  /**
   * Starts an application.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Ids and status only: the profile and address are personal data. */
  @Override
  public String toString() {
    return "Application{" + id() + ", candidate " + candidate() + ", vacancy " + vacancy() + ", " + status()
        + ", v" + version() + "}";
  }

  /** Builds an {@link Application}. */
  public static final class Builder extends ImmutableApplication.Builder {}
}
