/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.roster.RosterEntry;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.opening.JobOpening;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.vacancy.DutyStation;
import org.memberportal.careers.vacancy.StationKind;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.careers.vacancy.VacancyText;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.StaffId;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesOrigin;
import org.memberportal.ties.access.TiesRequest;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.myrequests.MyRequests;
import org.memberportal.ties.myrequests.RequestLine;
import org.memberportal.ties.port.TiesAccountRegister;

/**
 * B3's data sets and its six reads, whatever store holds them: {@link GrowthBenchmark} loads the sets in memory,
 * {@link GrowthOnPostgresBenchmark} on PostgreSQL, and both time the reads named here ({@link GrowthScenario}). The
 * reader's own slice is the same at every size ({@link #OWN_APPROVED}, {@link #OWN_PENDING}, {@link #MATCHING}); only
 * everybody else's data grows.
 */
final class GrowthData {

  /** Users affiliated with the focal point's organisation, at every size. */
  static final int OWN_APPROVED = 500;
  /** Pending requests to the focal point's organisation, at every size. */
  static final int OWN_PENDING = 100;
  /** Vacancies (resp. alerts) matching the query, at every size. */
  static final int MATCHING = 20;
  /** Records per other organisation. */
  static final int PER_ORGANISATION = 100;
  static final String[] LAST_NAMES = {"Martin", "Dubois", "Garcia", "Muller", "Rossi", "Nakamura", "Okafor",
      "Silva", "Kowalski", "Haddad", "Smith", "Ivanova"};
  static final String[] FIRST_NAMES = {"Ana", "Ben", "Chloe", "David", "Eva", "Farid", "Grace", "Hugo", "Ines"};
  /** The instant the loaded records date from. */
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private GrowthData() {}

  /**
   * A loaded affiliation store and the reads' arguments.
   *
   * @param module the affiliation module on the store
   * @param focalPoint the organisation's focal point, acting
   * @param requests the "My Requests" read
   * @param user the user whose requests are read
   * @param pendingPage the focal point's pending page
   * @param search the name search
   */
  record Roster(AffiliationModule module, Actor focalPoint, MyRequests requests, AccountId user,
      RosterQuery pendingPage, RosterQuery search) {

    /**
     * The reads of a loaded store, by the focal point of an organisation of {@link #OWN_APPROVED} users.
     *
     * @param host the host the module runs on
     * @param module the affiliation module on the store
     * @param focalPoint the organisation's focal point, acting
     * @param organisation the organisation
     * @param ties the TIES accounts, with the user's grant
     * @param user the user whose requests are read
     * @return the reads
     */
    static Roster of(Host host, AffiliationModule module, Actor focalPoint, OrganisationId organisation,
        TiesAccountRegister ties, AccountId user) {
      return new Roster(module, focalPoint,
          new MyRequests(host, module.affiliations(), module.organisations(), ties), user,
          RosterQuery.builder().organisation(organisation).pendingOnly(true).size(50).build(),
          RosterQuery.builder().organisation(organisation).text("smi").size(20).build());
    }

    /** The focal point's pending-requests page (50 rows) in "Manage my users". */
    Page<RosterEntry> pendingRequestsPage() {
      return module.manageMyUsers().list(pendingPage, focalPoint);
    }

    /** A name search in "Manage my users". */
    Page<RosterEntry> manageMyUsersSearch() {
      return module.manageMyUsers().list(search, focalPoint);
    }

    /** A user's "My Requests": their affiliation and TIES requests. */
    List<RequestLine> myRequests() {
      return requests.of(user, Actor.account(user));
    }
  }

  /**
   * Loaded vacancies and the reads' arguments.
   *
   * @param openings the public job openings
   * @param keyword the keyword search
   * @param firstPage the first page, no criteria
   */
  record Openings(JobOpenings openings, OpeningQuery keyword, OpeningQuery firstPage) {

    /** The reads of the loaded vacancies. */
    static Openings of(JobOpenings openings) {
      return new Openings(openings, OpeningQuery.builder().keywords("spectrum").size(20).build(),
          OpeningQuery.builder().size(20).build());
    }

    /** The public job openings searched by a keyword that {@link #MATCHING} vacancies carry. */
    org.memberportal.kernel.Page<JobOpening> jobOpeningsKeywordSearch() {
      return openings.search(keyword, Actor.anonymous());
    }

    /** The first page of the public job openings, no criteria. */
    org.memberportal.kernel.Page<JobOpening> jobOpeningsFirstPage() {
      return openings.search(firstPage, Actor.anonymous());
    }
  }

  /**
   * Loaded alerts and the vacancy matched against them.
   *
   * @param alerts the alerts
   * @param vacancy the newly published vacancy
   */
  record Alerts(AlertSubscriptions alerts, Vacancy vacancy) {

    /** The read of the loaded alerts: {@link #MATCHING} of them ask for the vacancy's duty station. */
    static Alerts of(AlertSubscriptions alerts) {
      return new Alerts(alerts, GrowthData.vacancy(0, true, ZonedDateTime.now(Clock.systemUTC()),
          new StaffId(UUID.randomUUID()), new SplittableRandom(3)));
    }

    /** The alerts a newly published vacancy matches ({@link #MATCHING} of them at every size). */
    List<JobAlert> jobAlertMatching() {
      return alerts.matching(vacancy);
    }
  }

  /**
   * A sector member's affiliation with an organisation, requested (and submitted) at an instant: pending, or
   * approved by the focal point then.
   */
  static Affiliation affiliation(AccountId member, OrganisationId organisation, Instant requested, boolean pending,
      AccountId focalPoint) {
    Affiliation.Builder a = Affiliation.builder().id(AffiliationId.random()).account(member)
        .organisation(organisation).membershipType(MembershipType.SECTOR_MEMBER).wantsTiesAccess(false)
        .requestedAt(requested).submittedAt(requested);
    return (pending ? a.state(AffiliationState.PENDING)
        : a.state(AffiliationState.APPROVED).decidedAt(requested).decidedBy(focalPoint)).build();
  }

  /** The TIES access, active, of the user whose "My Requests" is read, granted with their affiliation. */
  static TiesAccount tiesGrant(Affiliation affiliation) {
    Instant at = affiliation.requestedAt();
    return TiesAccount.builder().account(affiliation.account())
        .addRequests(new TiesRequest(affiliation.organisation(), affiliation.id(), TiesOrigin.USER_REQUEST, at,
            TiesState.ACTIVE, Optional.of(at), Optional.empty()))
        .changedAt(at).build();
  }

  /** A published vacancy; a matching one is a regular post in Geneva titled "Spectrum engineer". */
  static Vacancy vacancy(int i, boolean matching, ZonedDateTime now, StaffId recruiter, SplittableRandom random) {
    String title = matching ? "Spectrum engineer " + i : "Programme officer " + (i % 1000);
    DutyStation station = matching ? DutyStation.headquarters("GVA", "Geneva")
        : DutyStation.office(StationKind.REGIONAL_OFFICE, "S" + (1 + random.nextInt(10_000)), "Office",
            Locale.ENGLISH);
    return Vacancy.builder().id(VacancyId.random()).referenceNumber("VAC-" + i)
        .type(matching ? VacancyType.REGULAR_POST : VacancyType.values()[random.nextInt(4)])
        .grade("P" + (1 + random.nextInt(5))).dutyStation(station)
        .putTexts(Locale.ENGLISH, VacancyText.of(title, "Duties in the bureau, team " + (i % 97) + "."))
        .opensAt(now.minusDays(1)).closesAt(now.plusDays(30).plusSeconds(i).withZoneSameInstant(ZoneOffset.UTC))
        .status(VacancyStatus.PUBLISHED).draftedBy(recruiter).publishedAt(now.minusDays(1).toInstant())
        .version(1).build();
  }
}
