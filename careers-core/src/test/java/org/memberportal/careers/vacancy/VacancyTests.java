/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.memberportal.careers.testkit.VacancyFixtures.AMERICAS;
import static org.memberportal.careers.testkit.VacancyFixtures.CAIRO;
import static org.memberportal.careers.testkit.VacancyFixtures.ENGLISH_TEXT;
import static org.memberportal.careers.testkit.VacancyFixtures.FRENCH_TEXT;
import static org.memberportal.careers.testkit.VacancyFixtures.HEADQUARTERS;
import static org.memberportal.careers.testkit.VacancyFixtures.SPANISH;
import static org.memberportal.careers.testkit.VacancyFixtures.SPANISH_TEXT;
import static org.memberportal.careers.testkit.VacancyFixtures.regularHeadquartersPost;
import static org.memberportal.careers.testkit.VacancyFixtures.untitled;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.testkit.VacancyFixtures;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.IllegalTransition;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.careers.Recruiter;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.Paging;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

class VacancyTests {

  private final CareersWorld world = new CareersWorld();

  @Test
  void recruiterDraftsAVacancyWithItsTextsPerLanguage() {
    Vacancy draft = world.draft(regularHeadquartersPost(world.now()).grade(" p-3 ").build());

    assertThat(draft.status()).isEqualTo(VacancyStatus.DRAFT);
    assertThat(draft.grade()).isEqualTo("P-3");
    assertThat(draft.texts()).containsOnlyKeys(Locale.ENGLISH, Locale.FRENCH);
    assertThat(draft.draftedBy()).isEqualTo(world.recruiter.staff());
    assertThat(world.kernel.eventLog().trail("vacancy:" + draft.id()))
        .singleElement().isInstanceOf(VacancyEvent.Drafted.class);
  }

  @Test
  void theRecruitersDeskListsTheirVacanciesInEveryStatusNewestFirstFilteredByStatus() {
    Vacancy published = world.published(regularHeadquartersPost(world.now()).build());
    world.clock.advance(Duration.ofHours(1));
    Vacancy draft = world.draft(regularHeadquartersPost(world.now()).build());
    Recruiter colleague = Recruiter.of(StaffId.random());
    world.desk.draft(regularHeadquartersPost(world.now()).build(), colleague);

    Page<Vacancy> mine = world.desk.vacancies(VacancyQuery.all(), world.recruiter);
    Page<Vacancy> drafts = world.desk.vacancies(VacancyQuery.builder().addStatuses(VacancyStatus.DRAFT).build(),
        world.recruiter);

    assertThat(mine.items()).extracting(Vacancy::id).containsExactly(draft.id(), published.id());
    assertThat(mine.total()).isEqualTo(2);
    assertThat(drafts.items()).extracting(Vacancy::id).containsExactly(draft.id());
    assertThat(world.desk.vacancies(VacancyQuery.all(), colleague).items()).singleElement()
        .satisfies(v -> assertThat(v.draftedBy()).isEqualTo(colleague.staff()));
  }

  @Test
  void theRecruitersDeskRefusesAPageOutOfRangeInTheCallersLanguage() {
    VacancyQuery bad = VacancyQuery.builder().page(-1).size(Paging.MAX_SIZE + 1).build();

    assertThatThrownBy(() -> world.desk.vacancies(bad, world.recruiter))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("page", "careers.vacancy.page.negative"), tuple("size", "careers.vacancy.size.out-of-range")));
  }

  @Test
  void regularHeadquartersPostNeedsEnglishAndFrench() {
    Vacancy englishOnly = world.draft(untitled(VacancyType.REGULAR_POST, HEADQUARTERS, world.now())
        .putTexts(Locale.ENGLISH, ENGLISH_TEXT).build());

    assertThatThrownBy(() -> world.desk.publish(VacancyStep.of(englishOnly.id()), world.recruiter))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("careers.vacancy.texts.needs-english-and-french"));

    Vacancy both = world.draft(untitled(VacancyType.REGULAR_POST, HEADQUARTERS, world.now())
        .putTexts(Locale.ENGLISH, ENGLISH_TEXT).putTexts(Locale.FRENCH, FRENCH_TEXT).build());
    assertThat(world.desk.publish(VacancyStep.of(both.id()), world.recruiter).value().status())
        .isEqualTo(VacancyStatus.PUBLISHED);
  }

  @Test
  void temporaryInternshipAndConsultantVacanciesAreInEnglishOrFrench() {
    for (VacancyType type : new VacancyType[] {VacancyType.TEMPORARY, VacancyType.INTERNSHIP, VacancyType.CONSULTANT}) {
      Vacancy french = world.draft(untitled(type, HEADQUARTERS, world.now()).putTexts(Locale.FRENCH, FRENCH_TEXT).build());
      assertThat(world.desk.publish(VacancyStep.of(french.id()), world.recruiter).value().status())
          .isEqualTo(VacancyStatus.PUBLISHED);

      Vacancy spanish = world.draft(untitled(type, HEADQUARTERS, world.now()).putTexts(SPANISH, SPANISH_TEXT).build());
      assertThatThrownBy(() -> world.desk.publish(VacancyStep.of(spanish.id()), world.recruiter))
          .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations()).extracting(Violation::code)
              .contains("careers.vacancy.texts.needs-english-or-french", "careers.vacancy.texts.language-not-allowed"));
    }
  }

  @Test
  void regionalOfficePostMayUseTheOfficeLanguages() {
    Vacancy spanishOnly = world.draft(untitled(VacancyType.REGULAR_POST, AMERICAS, world.now())
        .putTexts(SPANISH, SPANISH_TEXT).build());

    assertThat(world.desk.publish(VacancyStep.of(spanishOnly.id()), world.recruiter).value().status())
        .isEqualTo(VacancyStatus.PUBLISHED);
  }

  @Test
  void officePostCannotUseALanguageOutsideEnglishFrenchAndTheOffice() {
    Vacancy spanishInCairo = world.draft(untitled(VacancyType.REGULAR_POST, CAIRO, world.now())
        .putTexts(Locale.ENGLISH, ENGLISH_TEXT).putTexts(SPANISH, SPANISH_TEXT).build());

    assertThatThrownBy(() -> world.desk.publish(VacancyStep.of(spanishInCairo.id()), world.recruiter))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("careers.vacancy.texts.language-not-allowed"));
  }

  @Test
  void aLanguageNotAllowedIsNamedInTheReadersLanguage() {
    Vacancy spanishInCairo = world.draft(untitled(VacancyType.REGULAR_POST, CAIRO, world.now())
        .putTexts(Locale.ENGLISH, ENGLISH_TEXT).putTexts(SPANISH, SPANISH_TEXT).build());
    Map<String, String> named = Map.of("en", "The vacancy cannot be published in Spanish at this duty station.",
        "fr", "L'avis ne peut pas être publié en espagnol dans ce lieu d'affectation.",
        "ru", "Вакансию нельзя опубликовать в этом месте службы на следующем языке: испанский.",
        "zh", "在此工作地点，空缺职位不能以西班牙语发布。",
        "ar", "لا يمكن نشر الشاغر باللغة الإسبانية في مركز العمل هذا.");

    named.forEach((tag, message) -> assertThatThrownBy(() -> world.desk.publish(VacancyStep.of(spanishInCairo.id()),
        world.recruiter.in(Locale.forLanguageTag(tag))))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations())
            .extracting(Violation::message).as(tag).containsExactly(message)));
  }

  @Test
  void vacancyWithoutAnyTextCannotBePublished() {
    Vacancy empty = world.draft(untitled(VacancyType.REGULAR_POST, CAIRO, world.now()).build());

    assertThatThrownBy(() -> world.desk.publish(VacancyStep.of(empty.id()), world.recruiter))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("careers.vacancy.texts.none"));
  }

  @Test
  void languageRuleMessagesAreInTheRecruitersLanguage() {
    Vacancy englishOnly = world.draft(untitled(VacancyType.REGULAR_POST, HEADQUARTERS, world.now())
        .putTexts(Locale.ENGLISH, ENGLISH_TEXT).build());

    assertThatThrownBy(() -> world.desk.publish(VacancyStep.of(englishOnly.id()), world.recruiter.in(Locale.FRENCH)))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations().get(0).message())
            .isEqualTo("Un poste régulier au siège est publié en anglais et en français."));
  }

  @Test
  void closingDateInThePastCannotBePublished() {
    Vacancy draft = world.draft(regularHeadquartersPost(world.now()).build());
    world.advance(Duration.ofDays(31));

    assertThatThrownBy(() -> world.desk.publish(VacancyStep.of(draft.id()), world.recruiter))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("careers.vacancy.closes-at.past"));
    assertThat(world.vacancies.find(draft.id()).orElseThrow().status()).isEqualTo(VacancyStatus.DRAFT);
  }

  @Test
  void vacanciesFromThePreviousRecruitmentSystemAreRefused() {
    ZonedDateTime beforeCutOver = ZonedDateTime.ofInstant(CareersWorld.CUT_OVER.minus(Duration.ofDays(1)),
        VacancyFixtures.GENEVA);
    DraftVacancy old = regularHeadquartersPost(world.now()).opensAt(beforeCutOver).build();

    assertThatThrownBy(() -> world.draft(old))
        .isInstanceOfSatisfying(PreconditionFailed.class,
            e -> assertThat(e.reason()).isEqualTo("vacancy.previous-system"));
    assertThat(world.kernel.eventLog().all()).isEmpty();
  }

  @Test
  void closingBeforeOpeningFailsValidation() {
    DraftVacancy backwards = regularHeadquartersPost(world.now())
        .closesAt(ZonedDateTime.ofInstant(world.now().minus(Duration.ofDays(1)), VacancyFixtures.GENEVA))
        .build();

    assertThatThrownBy(() -> world.draft(backwards))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("careers.vacancy.closes-at.before-opening"));
  }

  @Test
  void missingFieldsFailValidationNotWithANullPointer() {
    DraftVacancy empty = DraftVacancy.builder().build();

    assertThatThrownBy(() -> world.draft(empty))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations()).extracting(Violation::code)
            .contains("careers.vacancy.reference.blank", "careers.vacancy.type.missing",
                "careers.vacancy.grade.blank", "careers.vacancy.station.missing",
                "careers.vacancy.opens-at.missing", "careers.vacancy.closes-at.missing"));
    assertThatThrownBy(() -> world.desk.publish(VacancyStep.builder().build(), world.recruiter))
        .isInstanceOf(ValidationFailed.class);
  }

  @Test
  void referenceNumbersAreUnique() {
    Vacancy first = world.draft(regularHeadquartersPost(world.now()).build());

    assertThatThrownBy(() -> world.draft(regularHeadquartersPost(world.now())
        .referenceNumber(first.referenceNumber().toLowerCase(Locale.ROOT)).build()))
        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.reason()).isEqualTo("vacancy.duplicate-reference"));
  }

  @Test
  void onlyDraftsCanBeRevised() {
    Vacancy draft = world.draft(regularHeadquartersPost(world.now()).build());
    Vacancy revised = world.desk.revise(ReviseVacancy.builder().vacancy(draft.id())
        .content(regularHeadquartersPost(world.now()).referenceNumber(draft.referenceNumber()).grade("P-4").build())
        .build(), world.recruiter).value();
    assertThat(revised.grade()).isEqualTo("P-4");
    assertThat(revised.version()).isEqualTo(draft.version() + 1);

    world.desk.publish(VacancyStep.of(draft.id()), world.recruiter);
    assertThatThrownBy(() -> world.desk.revise(ReviseVacancy.builder().vacancy(draft.id())
        .content(regularHeadquartersPost(world.now()).build()).build(), world.recruiter))
        .isInstanceOf(IllegalTransition.class);
  }

  @Test
  void workflowRunsFromPublishedToCompetitionFinished() {
    Vacancy v = world.published();
    world.desk.close(VacancyStep.of(v.id()), world.recruiter);
    Vacancy finished = world.desk.finishCompetition(VacancyStep.of(v.id()), world.recruiter).value();

    assertThat(finished.status()).isEqualTo(VacancyStatus.COMPETITION_FINISHED);
    assertThat(world.kernel.eventLog().trail("vacancy:" + v.id())).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("Drafted", "Published", "Closed", "CompetitionFinished");
  }

  @Test
  void illegalMoveNamesStateAndAction() {
    Vacancy draft = world.draft(regularHeadquartersPost(world.now()).build());

    assertThatThrownBy(() -> world.desk.finishCompetition(VacancyStep.of(draft.id()), world.recruiter))
        .isInstanceOfSatisfying(IllegalTransition.class, e -> {
          assertThat(e.state()).isEqualTo("DRAFT");
          assertThat(e.action()).isEqualTo("FINISH_COMPETITION");
        });
  }

  @Test
  void finishedOrCancelledVacanciesCannotBeCancelled() {
    Vacancy v = world.published();
    world.desk.cancel(VacancyStep.of(v.id()), world.recruiter);

    assertThatThrownBy(() -> world.desk.cancel(VacancyStep.of(v.id()), world.recruiter))
        .isInstanceOf(IllegalTransition.class);
  }

  @Test
  void hostRunTickClosesVacanciesAtTheirDeadline() {
    Vacancy soon = world.published(untitled(VacancyType.CONSULTANT, HEADQUARTERS, world.now())
        .putTexts(Locale.ENGLISH, ENGLISH_TEXT).build());
    Vacancy later = world.published();
    world.advance(Duration.ofDays(14));

    var closed = world.desk.closeDue(Actor.system("vacancy-deadline"));

    assertThat(closed.value()).extracting(Vacancy::id).containsExactly(soon.id());
    assertThat(world.vacancies.find(soon.id()).orElseThrow().status()).isEqualTo(VacancyStatus.CLOSED);
    assertThat(world.vacancies.find(later.id()).orElseThrow().status()).isEqualTo(VacancyStatus.PUBLISHED);
    assertThat(world.desk.closeDue(Actor.system("vacancy-deadline")).value()).isEmpty();
  }

  @Test
  void noVacancyIsOpenAfterItsDeadlineEvenBeforeTheTickRuns() {
    Vacancy v = world.published();
    world.advance(Duration.ofDays(30));

    Vacancy stored = world.vacancies.find(v.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(VacancyStatus.PUBLISHED);
    assertThat(stored.open(world.now())).isFalse();
    assertThat(stored.statusAt(world.now())).isEqualTo(VacancyStatus.CLOSED);
    assertThat(world.openings.search(OpeningQuery.all(), Actor.anonymous()).items()).isEmpty();

    // the recruiter may finish the competition at once: the lazy close is recorded on the way
    Vacancy finished = world.desk.finishCompetition(VacancyStep.of(v.id()), world.recruiter).value();
    assertThat(finished.status()).isEqualTo(VacancyStatus.COMPETITION_FINISHED);
    assertThat(world.kernel.eventLog().trail("vacancy:" + v.id())).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("Drafted", "Published", "Closed", "CompetitionFinished");
  }

  @Test
  void rejectedCommandChangesNothing() {
    Vacancy englishOnly = world.draft(untitled(VacancyType.REGULAR_POST, HEADQUARTERS, world.now())
        .putTexts(Locale.ENGLISH, ENGLISH_TEXT).build());
    int events = world.kernel.eventLog().all().size();

    assertThatThrownBy(() -> world.desk.publish(VacancyStep.of(englishOnly.id()), world.recruiter))
        .isInstanceOf(ValidationFailed.class);

    assertThat(world.vacancies.find(englishOnly.id()).orElseThrow()).isEqualTo(englishOnly);
    assertThat(world.kernel.eventLog().all()).hasSize(events);
    assertThat(world.openings.search(OpeningQuery.all(), Actor.anonymous()).total()).isZero();
  }

  @Test
  void lazyCloseIsUndoneWhenTheCommandFails() {
    Vacancy v = world.published();
    world.advance(Duration.ofDays(30));

    assertThatThrownBy(() -> world.desk.publish(VacancyStep.of(v.id()), world.recruiter))
        .isInstanceOf(IllegalTransition.class);
    assertThat(world.vacancies.find(v.id()).orElseThrow().status()).isEqualTo(VacancyStatus.PUBLISHED);
  }

  @Test
  void workflowDiagramIsInTheDocs() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "careers-core.md"));

    assertThat(docs).contains(VacancyWorkflow.TABLE.toMermaid());
  }
}
