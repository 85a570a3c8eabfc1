/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.StaffId;

/**
 * A vacancy notice: reference number, texts per language, type, grade, duty station, opening and closing
 * date-time with their zone, and where it stands in {@link VacancyWorkflow}.
 *
 * <p>A published vacancy stops accepting anything at its deadline even before the host's tick closes it:
 * {@link #statusAt(Instant)} and {@link #open(Instant)} read the deadline, not only the stored status.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Vacancy {

  /**
   * The vacancy's identifier.
   *
   * @return the id
   */
  public abstract VacancyId id();

  /**
   * The public reference number, unique, e.g. {@code "2026/ITU-BR/042"}.
   *
   * @return the reference number
   */
  public abstract String referenceNumber();

  /**
   * The kind of contract.
   *
   * @return the type
   */
  public abstract VacancyType type();

  /**
   * The grade, e.g. {@code "P-3"} or {@code "G-5"}, upper case.
   *
   * @return the grade
   */
  public abstract String grade();

  /**
   * Where the post is based.
   *
   * @return the duty station
   */
  public abstract DutyStation dutyStation();

  /**
   * Title and text by language (language-only locales such as {@code en}, {@code fr}).
   *
   * @return the texts
   */
  public abstract Map<Locale, VacancyText> texts();

  /**
   * When applications open, in the zone the notice states.
   *
   * @return the opening date-time
   */
  public abstract ZonedDateTime opensAt();

  /**
   * The deadline for applications, in the zone the notice states.
   *
   * @return the closing date-time
   */
  public abstract ZonedDateTime closesAt();

  /**
   * Where it stands, as stored; see {@link #statusAt(Instant)} for the status that counts.
   *
   * @return the stored status
   */
  public abstract VacancyStatus status();

  /**
   * Who drafted it.
   *
   * @return the recruiter
   */
  public abstract StaffId draftedBy();

  /**
   * When it was published, once it was.
   *
   * @return the publication instant
   */
  public abstract Optional<Instant> publishedAt();

  /**
   * The version, for optimistic concurrency: 0 when drafted, 1 once stored, and one more at each update (the
   * store moves it on).
   *
   * @return the version
   */
  public abstract long version();

  /**
   * The same vacancy at another version; only a store sets it.
   *
   * @param version the version
   * @return a copy
   */
  public abstract Vacancy withVersion(long version);

  /**
   * The status at an instant: a published vacancy past its deadline counts as closed even before the tick
   * records it.
   *
   * @param now the instant
   * @return the effective status
   */
  public VacancyStatus statusAt(Instant now) {
    return status() == VacancyStatus.PUBLISHED && pastDeadline(now) ? VacancyStatus.CLOSED : status();
  }

  /**
   * Whether it is public and accepts applications at this instant: published, opened, deadline not reached.
   *
   * @param now the instant
   * @return true when open
   */
  public boolean open(Instant now) {
    return status() == VacancyStatus.PUBLISHED && !now.isBefore(opensAt().toInstant()) && !pastDeadline(now);
  }

  /**
   * Whether the deadline has been reached at this instant.
   *
   * @param now the instant
   * @return true from the closing date-time on
   */
  public boolean pastDeadline(Instant now) {
    return !now.isBefore(closesAt().toInstant());
  }

  /**
   * Whether it belongs to the previous recruitment system: it opened before the date this system replaced it.
   *
   * @param cutOver the cut-over instant
   * @return true when it opened before it
   */
  public boolean fromPreviousSystem(Instant cutOver) {
    return opensAt().toInstant().isBefore(cutOver);
  }

  /**
   * The language to show the vacancy in: the wanted one when it has a text in it, else English, else French,
   * else its first language.
   *
   * @param wanted the reader's language
   * @return the language shown, empty when the vacancy has no text at all
   */
  public Optional<Locale> languageFor(Locale wanted) {
    for (Locale l : List.of(Languages.of(wanted), Locale.ENGLISH, Locale.FRENCH)) {
      if (texts().containsKey(l)) {
        return Optional.of(l);
      }
    }
    return texts().keySet().stream().sorted((a, b) -> a.toLanguageTag().compareTo(b.toLanguageTag())).findFirst();
  }

  /**
   * The title a reader sees: the one in {@link #languageFor the language shown to them}, or the reference number
   * when the vacancy has no text.
   *
   * @param reader the reader's language
   * @return the title
   */
  public String titleFor(Locale reader) {
    return languageFor(reader).map(l -> texts().get(l).title()).orElse(referenceNumber());
  }

  /**
   * The same vacancy one step further: another status.
   *
   * @param to the new status
   * @return the changed copy
   */
  Vacancy movedTo(VacancyStatus to) {
    return movedTo(to, publishedAt());
  }

  /**
   * The same vacancy one step further, with a publication instant.
   *
   * @param to the new status
   * @param published when it was published
   * @return the changed copy
   */
  Vacancy movedTo(VacancyStatus to, Optional<Instant> published) {
    return builder().id(id()).referenceNumber(referenceNumber()).type(type()).grade(grade())
        .dutyStation(dutyStation()).putAllTexts(texts()).opensAt(opensAt()).closesAt(closesAt())
        .draftedBy(draftedBy()).publishedAt(published).status(to).version(version()).build();
  }

  /**
   * Starts a vacancy.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Ids, reference and status only. */
  @Override
  public String toString() {
    return "Vacancy{" + id() + ", " + referenceNumber() + ", " + status() + ", v" + version() + "}";
  }

  /** Builds a {@link Vacancy}. */
  public static final class Builder extends ImmutableVacancy.Builder {}
}
