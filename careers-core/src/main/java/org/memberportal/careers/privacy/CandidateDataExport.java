/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.careers.profile.Address;
import org.memberportal.careers.profile.ComputerSkill;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.Education;
import org.memberportal.careers.profile.Employment;
import org.memberportal.careers.profile.Expertise;
import org.memberportal.careers.profile.LanguageSkill;
import org.memberportal.careers.profile.PersonalInformation;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileEntry;
import org.memberportal.careers.profile.Publication;
import org.memberportal.careers.profile.Qualification;
import org.memberportal.careers.profile.Reference;
import org.memberportal.careers.profile.Relative;
import org.memberportal.careers.profile.Section;
import org.memberportal.careers.CandidateId;

/**
 * Everything the library holds about one candidate, as one typed document: the careers account, the profile,
 * the consents and the
 * history of changes. A host may serialise it as it likes; {@link #toDocument()} and {@link #toJson()} give a
 * neutral tree and its JSON text.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class CandidateDataExport {

  /**
   * Whose data.
   *
   * @return the candidate
   */
  public abstract CandidateId candidate();

  /**
   * When the export was made.
   *
   * @return the instant
   */
  public abstract Instant exportedAt();

  /**
   * The careers account, if the candidate has one (its password hash is never exported).
   *
   * @return the account
   */
  public abstract Optional<CandidateAccount> account();

  /**
   * The profile, if the candidate has one.
   *
   * @return the profile
   */
  public abstract Optional<Profile> profile();

  /**
   * The consents given and withdrawn, oldest first.
   *
   * @return the consents
   */
  public abstract List<Consent> consents();

  /**
   * The history of changes to the candidate's data, oldest first.
   *
   * @return the history
   */
  public abstract List<AuditEntry> history();

  /**
   * The candidate's applications and drafts as the candidate sees them (candidate-facing status), with what they
   * froze of the profile.
   *
   * @return the applications
   */
  public abstract List<ExportedApplication> applications();

  /**
   * The candidate's job alerts.
   *
   * @return the alerts
   */
  public abstract List<JobAlert> alerts();

  /**
   * Starts an export.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The export as a tree of maps (insertion-ordered, string keys), lists, strings, numbers, booleans and
   * nulls; dates and instants are ISO-8601 strings, enums their names.
   *
   * @return the tree
   */
  public Map<String, @Nullable Object> toDocument() {
    Map<String, @Nullable Object> doc = new LinkedHashMap<>();
    doc.put("candidate", candidate().toString());
    doc.put("exportedAt", exportedAt().toString());
    doc.put("account", account().map(CandidateDataExport::account).orElse(null));
    doc.put("profile", profile().map(CandidateDataExport::profile).orElse(null));
    List<Object> consents = new ArrayList<>();
    for (Consent c : consents()) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("scope", c.scope().name());
      m.put("givenAt", c.givenAt().toString());
      m.put("withdrawnAt", c.withdrawnAt().map(Instant::toString).orElse(null));
      consents.add(m);
    }
    doc.put("consents", consents);
    List<Object> history = new ArrayList<>();
    for (AuditEntry a : history()) {
      history.add(map("occurredAt", a.occurredAt().toString(), "type", a.type(), "actor", a.actor(),
          "detail", a.detail()));
    }
    doc.put("history", history);
    List<Object> applications = new ArrayList<>();
    for (ExportedApplication e : applications()) {
      var a = e.application();
      Map<String, @Nullable Object> m = map("id", a.id().toString(), "vacancy", a.vacancy().toString(),
          "reference", a.referenceNumber(), "title", a.title(),
          "status", a.status().name(), "startedAt", a.startedAt().toString(),
          "submittedAt", a.submittedAt().map(Instant::toString).orElse(null),
          "email", e.email().map(x -> x.display()).orElse(null), "language", e.language().toLanguageTag(),
          "coverLetter", a.coverLetter().orElse(null));
      m.put("profileSnapshot", a.profile().map(snap -> profile(snap.profile())).orElse(null));
      applications.add(m);
    }
    doc.put("applications", applications);
    List<Object> alerts = new ArrayList<>();
    for (JobAlert j : alerts()) {
      AlertCriteria c = j.criteria();
      alerts.add(map("id", j.id().toString(), "email", j.email().display(), "language", j.language().toLanguageTag(),
          "subscribedAt", j.subscribedAt().toString(),
          "types", c.types().stream().map(Enum::name).sorted().toList(),
          "grades", c.grades().stream().sorted().toList(),
          "dutyStations", c.dutyStations().stream().sorted().toList(),
          "languages", c.languages().stream().map(Locale::toLanguageTag).sorted().toList(),
          "keywords", c.keywords().orElse(null)));
    }
    doc.put("alerts", alerts);
    return doc;
  }

  /**
   * The export as JSON text, rendered by {@link Json}.
   *
   * @return the JSON
   */
  public String toJson() {
    return Json.render(toDocument());
  }

  /** Ids only: an export is personal data. */
  @Override
  public String toString() {
    return "CandidateDataExport{" + candidate() + " at " + exportedAt() + "}";
  }

  private static Map<String, @Nullable Object> profile(Profile p) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("version", p.version());
    m.put("createdAt", p.createdAt().toString());
    m.put("lastActivity", p.lastActivity().toString());
    m.put(Section.PERSONAL_INFORMATION.code(), p.personalInformation().map(CandidateDataExport::personal).orElse(null));
    m.put(Section.ADDRESS.code(), p.address().map(CandidateDataExport::address).orElse(null));
    m.put("noRelativesDeclared", p.noRelativesDeclared());
    for (Section s : Section.values()) {
      if (s != Section.PERSONAL_INFORMATION && s != Section.ADDRESS && s != Section.CONTRACT_INFORMATION) {
        m.put(s.code(), p.entries(s).stream().map(CandidateDataExport::entry).toList());
      }
    }
    m.put(Section.CONTRACT_INFORMATION.code(), p.contractInformation().map(CandidateDataExport::contract).orElse(null));
    return m;
  }

  private static Map<String, @Nullable Object> account(CandidateAccount a) {
    return map("email", a.email().display(), "firstName", a.firstName(), "lastName", a.lastName(),
        "language", a.language().toLanguageTag(), "relation", a.relation().name(), "status", a.status().name(),
        "createdAt", a.createdAt().toString());
  }

  private static Map<String, @Nullable Object> personal(PersonalInformation i) {
    return map("firstName", i.firstName(), "lastName", i.lastName(), "birthDate", i.birthDate().toString(),
        "nationalities", i.nationalities().stream().sorted().toList(), "email", i.email(), "phone", i.phone());
  }

  private static Map<String, @Nullable Object> address(Address a) {
    return map("street", a.street(), "postalCode", a.postalCode(), "city", a.city(), "country", a.country());
  }

  private static Map<String, @Nullable Object> contract(ContractInformation c) {
    return map("interests", c.interests().stream().map(Enum::name).sorted().toList(),
        "availableFrom", c.availableFrom().map(LocalDate::toString).orElse(null));
  }

  private static Map<String, @Nullable Object> entry(ProfileEntry e) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("id", e.id().toString());
    if (e instanceof LanguageSkill l) {
      m.putAll(map("language", l.language(), "reading", l.reading().name(), "writing", l.writing().name(),
          "speaking", l.speaking().name()));
    } else if (e instanceof Relative r) {
      m.putAll(map("name", r.name(), "relationship", r.relationship(), "employer", r.employer().name(),
          "organisation", r.organisation()));
    } else if (e instanceof Education d) {
      m.putAll(map("institution", d.institution(), "degree", d.degree(), "field", d.field(),
          "country", d.country(), "from", d.from().toString(), "to", d.to().map(LocalDate::toString).orElse(null)));
    } else if (e instanceof Employment j) {
      m.putAll(map("employer", j.employer(), "title", j.title(), "country", j.country(), "duties", j.duties(),
          "from", j.from().toString(), "to", j.to().map(LocalDate::toString).orElse(null)));
    } else if (e instanceof Qualification q) {
      m.putAll(map("kind", q.kind().name(), "title", q.title(), "issuer", q.issuer(),
          "obtained", q.obtained().toString()));
    } else if (e instanceof Expertise x) {
      m.putAll(map("area", x.area(), "years", (long) x.years()));
    } else if (e instanceof ComputerSkill c) {
      m.putAll(map("skill", c.skill(), "level", c.level().name()));
    } else if (e instanceof Publication p) {
      m.putAll(map("title", p.title(), "venue", p.venue(), "year", (long) p.year()));
    } else if (e instanceof Reference r) {
      m.putAll(map("name", r.name(), "position", r.position(), "email", r.email(), "phone", r.phone()));
    }
    return m;
  }

  private static Map<String, @Nullable Object> map(@Nullable Object... keysAndValues) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
    }
    return m;
  }

  /** Builds a {@link CandidateDataExport}. */
  public static final class Builder extends ImmutableCandidateDataExport.Builder {}
}
