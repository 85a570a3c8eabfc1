/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.OperatorDecision;
import org.memberportal.account.SignIn;
import org.memberportal.account.SignUp;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.ReviewOrganisation;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationId;
import org.memberportal.careers.application.ApplicationStatus;
import org.memberportal.careers.application.Apply;
import org.memberportal.careers.application.Move;
import org.memberportal.careers.profile.Education;
import org.memberportal.careers.vacancy.DraftVacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Secret;
import tools.jackson.databind.json.JsonMapper;

class PortalJsonTests {

  private final JsonMapper json = JsonMapper.builder().addModule(new PortalJson()).build();

  @Test
  void aTypedIdIsAPlainStringBothWays() {
    AccountId id = new AccountId(new UUID(7, 42));
    assertThat(json.writeValueAsString(id)).isEqualTo("\"" + id.value() + "\"");
    assertThat(json.readValue("\"" + id.value() + "\"", AccountId.class)).isEqualTo(id);
  }

  @Test
  void aMalformedIdIsTheLibrarysNotFound() {
    assertThatThrownBy(() -> json.readValue("{\"account\": \"nope\", \"reason\": \"r\"}", OperatorDecision.class))
        .hasRootCauseInstanceOf(NotFound.class);
  }

  @Test
  void aCommandIsReadThroughItsBuilderWithSecretsFromStrings() {
    SignUp signUp = json.readValue("""
        {"email": "ada@example.org", "firstName": "Ada", "lastName": "Lovelace", "password": "Blue-Heron-Sky-42",
         "passwordConfirmation": "Blue-Heron-Sky-42", "termsAccepted": true, "preferredLanguage": "fr"}""",
        SignUp.class);
    assertThat(signUp.email()).isEqualTo("ada@example.org");
    assertThat(signUp.password()).isEqualTo(Secret.of("Blue-Heron-Sky-42"));
    assertThat(signUp.termsAccepted()).isTrue();
  }

  @Test
  void aCollectionOrAMapAttributeIsReadThroughItsBuildersAddAllOrPutAll() {
    AlertCriteria criteria = json.readValue("{\"grades\": [\"P-2\", \"P-3\"], \"languages\": [\"fr\"]}",
        AlertCriteria.class);
    assertThat(criteria.grades()).containsExactlyInAnyOrder("P-2", "P-3");
    assertThat(criteria.languages()).containsExactly(Locale.FRENCH);
    DraftVacancy draft = json.readValue("{\"texts\": {\"fr\": {\"title\": \"Titre\", \"body\": \"Texte\"}}}",
        DraftVacancy.class);
    assertThat(draft.texts()).containsOnlyKeys(Locale.FRENCH);
    assertThat(draft.texts().get(Locale.FRENCH).title()).isEqualTo("Titre");
  }

  @Test
  void anOptionalAttributeAndAnAttributeNamedFromAreReadBesideTheBuildersOverloadsAndCopy() {
    assertThat(json.readValue("{\"coverLetter\": \"Hello\"}", Apply.class).coverLetter()).contains("Hello");
    Education education = json.readValue("""
        {"institution": "University of Geneva", "degree": "MSc", "field": "Physics", "country": "CH",
         "from": "2010-09-01", "to": "2012-06-30"}""", Education.class);
    assertThat(education.from()).isEqualTo(LocalDate.of(2010, 9, 1));
    assertThat(education.to()).contains(LocalDate.of(2012, 6, 30));
  }

  @Test
  void anOptionalAttributeIsReadFromItsPlainValue() {
    ReviewOrganisation review = json.readValue("""
        {"organisation": "00000000-0000-0000-0000-000000000001", "mergeInto": "00000000-0000-0000-0000-000000000002",
         "reason": "duplicate"}""", ReviewOrganisation.class);
    assertThat(review.mergeInto()).contains(OrganisationId.of("00000000-0000-0000-0000-000000000002"));
    assertThat(review.reason()).contains("duplicate");
  }

  @Test
  void aSecretIsNeverWritten() {
    SignIn signIn = SignIn.builder().email("ada@example.org").password(Secret.of("Blue-Heron-Sky-42")).build();
    String written = json.writeValueAsString(signIn);
    assertThat(written).contains("\"email\":\"ada@example.org\"").doesNotContain("password", "Blue-Heron", "*");
  }

  @Test
  void anImmutablesValueIsWrittenWithItsAccessorsAndAResultRecordWithPlainIdsAndAddresses() {
    OperatorDecision decision = OperatorDecision.builder().account(new AccountId(new UUID(0, 1))).reason("why")
        .build();
    assertThat(json.writeValueAsString(decision))
        .isEqualTo("{\"account\":\"00000000-0000-0000-0000-000000000001\",\"reason\":\"why\"}");
    AccountSummary summary = new AccountSummary(new AccountId(new UUID(0, 2)), EmailAddress.of("ada@example.org"),
        "Ada", "Lovelace", Locale.CANADA_FRENCH, AccountStatus.ACTIVE);
    assertThat(json.readTree(json.writeValueAsString(summary)).toString())
        .contains("\"id\":\"00000000-0000-0000-0000-000000000002\"", "\"email\":\"ada@example.org\"",
            "\"language\":\"fr-CA\"", "\"status\":\"ACTIVE\"");
  }

  @Test
  void aValuesTransformationIsNotAPropertySoAnApplicationIsWrittenWithItsMoves() {
    CandidateId candidate = new CandidateId(new UUID(0, 3));
    Application application = Application.builder().id(new ApplicationId(new UUID(0, 4))).candidate(candidate)
        .vacancy(new VacancyId(new UUID(0, 5))).status(ApplicationStatus.SUBMITTED).language(Locale.ENGLISH)
        .startedAt(Instant.EPOCH).version(1).addMoves(new Move(ApplicationAction.SUBMIT, ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED, Candidate.of(candidate), Instant.EPOCH, Optional.empty(), Optional.empty()))
        .build();
    String written = json.writeValueAsString(application);
    assertThat(written).contains("\"status\":\"SUBMITTED\"", "\"action\":\"SUBMIT\"",
        "\"candidate\":\"00000000-0000-0000-0000-000000000003\"").doesNotContain("anonymised", "outcomeTold");
  }

  @Test
  void everyValueOfTheLibraryWithABuilderCanBeReadFromJson() {
    List<Class<?>> built = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.memberportal.kernel", "org.memberportal.account", "org.memberportal.affiliation",
            "org.memberportal.ties", "org.memberportal.careers").stream()
        .filter(type -> !type.getPackageName().contains(".testkit"))
        .map(JavaClass::reflect)
        .filter(type -> PortalJson.builderOf(type) != null)
        .toList();
    assertThat(built).hasSizeGreaterThan(40);
    for (Class<?> type : built) {
      // the builder must be usable: an empty object builds, or fails only on the attributes it requires
      try {
        json.readValue("{}", type);
      } catch (RuntimeException e) {
        assertThat(e).as(type.getName()).rootCause().isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("required attributes are not set");
      }
    }
  }
}
