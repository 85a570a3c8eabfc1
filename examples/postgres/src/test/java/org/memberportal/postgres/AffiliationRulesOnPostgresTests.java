/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.VerifyEmail;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.TestHashing;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.focalpoint.HandOverTiesFocalPoint;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.organisation.EnterOrganisation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.RegisterOrganisation;
import org.memberportal.affiliation.organisation.ReviewOrganisation;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.affiliation.roster.RosterEntry;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.testkit.MutableClock;
import org.memberportal.ties.TiesModule;
import org.memberportal.ties.access.AssignTiesAccess;
import org.memberportal.ties.access.DecideTiesRequest;
import org.memberportal.ties.access.RequestTiesAccess;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.handover.ConfirmTiesHandOver;
import org.memberportal.ties.handover.PrepareTiesHandOver;
import org.memberportal.ties.handover.TiesFocalPoints;

/**
 * The affiliation and TIES rules of issue 17 (items 11 to 14) on the PostgreSQL stores, with the account module on
 * its PostgreSQL store too: what the stores keep (a merged link become a request, a decision without a focal
 * point, the audit trail) and what they return to the services (addresses with accents, seats, tokens).
 */
class AffiliationRulesOnPostgresTests {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("affiliation_rules");

  private final MutableClock clock = MutableClock.atStart();
  private final PostgresHost postgres = new PostgresHost(DATABASE, clock);
  private final UserAccounts accounts;
  private final AffiliationModule affiliation;
  private final TiesModule ties;
  private final Actor operator = Actor.operator(new StaffId(UUID.randomUUID()));

  AffiliationRulesOnPostgresTests() {
    Connections tx = postgres.transactions();
    accounts = UserAccounts.builder().host(postgres.host()).accounts(new PostgresAccounts(tx))
        .codes(new PostgresIssuedCodes(tx)).secrets(new RandomSecrets()).hasher(TestHashing.fast()).build();
    affiliation = AffiliationModule.on(postgres.host(), accounts, new PostgresOrganisationRegister(tx),
        new PostgresAffiliationRegister(tx), new PostgresFocalPointRegister(tx), ReminderPolicy.DEFAULT);
    ties = TiesModule.on(postgres.host(), accounts, affiliation, new PostgresTiesAccountRegister(tx),
        new PostgresPendingHandOvers(tx), TiesFocalPoints.DEFAULT_TOKEN_LIFETIME);
  }

  @AfterAll
  static void close() {
    ((HikariDataSource) DATABASE).close();
  }

  private static Actor as(AccountSummary account) {
    return Actor.account(account.id());
  }

  private static String unique(String local) {
    return local + "." + UUID.randomUUID().toString().substring(0, 8);
  }

  private List<Notification> sent(EmailAddress to, String kind) {
    return postgres.outbox().entries().stream().map(Outbox.Entry::notification)
        .filter(n -> n.recipient().equals(to) && n.kind().equals(kind)).toList();
  }

  /** Signs up with the address and verifies it with the code the outbox holds. */
  private AccountSummary active(String email) {
    accounts.signUp(AccountFixtures.signUp(email).build(), Actor.anonymous());
    String code = sent(EmailAddress.of(email), AccountNotifications.VERIFICATION_CODE).get(0).parameters()
        .get(AccountNotifications.CODE);
    return accounts.verifyEmail(VerifyEmail.builder().email(email).code(Secret.of(Objects.requireNonNull(code)))
        .build(), Actor.anonymous()).value();
  }

  private AccountSummary active() {
    return active(unique("user") + "@example.org");
  }

  private Organisation member(String name) {
    return affiliation.organisations().register(RegisterOrganisation.builder().name(name + " " + unique("org"))
        .membershipType(MembershipType.SECTOR_MEMBER).country("CH").build(), operator).value();
  }

  private void appoint(Organisation org, FocalPointRole seat, AccountSummary account) {
    affiliation.focalPoints().appoint(AppointFocalPoint.builder().organisation(org.id()).seat(seat)
        .account(account.id()).build(), operator);
  }

  private Affiliation request(AccountSummary user, Organisation org, boolean wantsTies) {
    return affiliation.affiliations().request(RequestAffiliation.builder().account(user.id())
        .organisation(org.id()).wantsTiesAccess(wantsTies).build(), as(user)).value();
  }

  private void approve(Affiliation a, Actor actor) {
    affiliation.affiliations().approve(DecideAffiliation.builder().affiliation(a.id()).build(), actor);
  }

  /** A member organisation with its ITU focal point and its TIES focal point (affiliated, with TIES access). */
  private record Staffed(Organisation organisation, AccountSummary itu, AccountSummary ties) {}

  private Staffed staffed(String name) {
    Organisation org = member(name);
    AccountSummary itu = active();
    appoint(org, FocalPointRole.ITU, itu);
    AccountSummary tiesFp = active();
    approve(request(tiesFp, org, false), as(itu));
    appoint(org, FocalPointRole.TIES, tiesFp);
    return new Staffed(org, itu, tiesFp);
  }

  @Test
  void manageMyUsersFindsTheExactAddressOfAUserWithAccents() {
    Staffed org = staffed("Swisscom");
    String typed = "Noémie.Müller-" + UUID.randomUUID().toString().substring(0, 8) + "@Exemple-Général.fr";
    AccountSummary noemie = active(typed);
    approve(request(noemie, org.organisation(), false), as(org.ties()));

    for (String search : List.of(typed, typed.toLowerCase(java.util.Locale.ROOT), "noemie.muller-")) {
      assertThat(affiliation.manageMyUsers().list(RosterQuery.builder().organisation(org.organisation().id())
          .text(search).build(), as(org.ties())).items()).as(search).extracting(RosterEntry::account)
          .containsExactly(noemie.id());
    }
  }

  @Test
  void aLinkMergedIntoAMemberIsStoredAsARequestItsTiesFocalPointIsToldOf() {
    Staffed org = staffed("Swisscom");
    AccountSummary user = active();
    Organisation typo = affiliation.organisations().enter(EnterOrganisation.builder().name(unique("Swiss-com"))
        .country("CH").build(), as(user)).value();
    Affiliation link = request(user, typo, true);

    affiliation.organisations().merge(ReviewOrganisation.builder().organisation(typo.id())
        .mergeInto(org.organisation().id()).build(), operator);

    Affiliation stored = affiliation.affiliations().get(link.id(), operator);
    assertThat(stored.state()).isEqualTo(AffiliationState.PENDING);
    assertThat(stored.organisation()).isEqualTo(org.organisation().id());
    assertThat(stored.membershipType()).isEqualTo(MembershipType.SECTOR_MEMBER);
    assertThat(stored.submittedAt()).isPresent();
    assertThat(affiliation.manageMyUsers().list(RosterQuery.builder().organisation(org.organisation().id())
        .pendingOnly(true).build(), as(org.ties())).items()).extracting(RosterEntry::affiliation)
        .containsExactly(link.id());
    assertThat(sent(org.ties().email(), "affiliation.requested"))
        .anyMatch(n -> link.id().toString().equals(n.parameters().get("affiliationId")));

    approve(stored, as(org.ties()));

    assertThat(ties.access().of(user.id(), operator).orElseThrow().state()).isEqualTo(TiesState.REQUESTED);
  }

  @Test
  void theOperatorDecidesWhatNoFocalPointMayAndTheStoresKeepNoFocalPointAsDecider() {
    Organisation org = member("Orange");
    AccountSummary itu = active();
    appoint(org, FocalPointRole.ITU, itu);
    Affiliation own = request(itu, org, false);

    assertThatThrownBy(() -> approve(own, as(itu))).isInstanceOf(NotAllowed.class);
    approve(own, operator);
    ties.access().request(RequestTiesAccess.builder().account(itu.id()).build(), as(itu));
    ties.access().approve(DecideTiesRequest.builder().account(itu.id()).build(), operator);

    Affiliation stored = affiliation.affiliations().get(own.id(), operator);
    assertThat(stored.state()).isEqualTo(AffiliationState.APPROVED);
    assertThat(stored.decidedAt()).isPresent();
    assertThat(stored.decidedBy()).isEmpty();
    assertThat(ties.access().of(itu.id(), operator).orElseThrow()).satisfies(t -> {
      assertThat(t.state()).isEqualTo(TiesState.ACTIVE);
      assertThat(t.decidedBy()).isEmpty();
    });
    List<DomainEvent> trail = postgres.eventLog().trail("affiliation:" + own.id());
    assertThat(trail).filteredOn(e -> e.getClass() == AffiliationEvent.Approved.class
        || e instanceof RecordedEvent r && r.eventClass().equals(AffiliationEvent.Approved.class.getName()))
        .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(operator));
  }

  @Test
  void aFocalPointMovesTheTiesSeatOnlyThroughTheTwoSteps() {
    Staffed org = staffed("Swisscom");
    AccountSummary successor = active();
    approve(request(successor, org.organisation(), false), as(org.ties()));
    ties.access().assign(AssignTiesAccess.builder().account(successor.id()).build(), as(org.ties()));
    HandOverTiesFocalPoint toSuccessor = HandOverTiesFocalPoint.builder().organisation(org.organisation().id())
        .successor(successor.id()).build();

    assertThatThrownBy(() -> affiliation.focalPoints().handOverTies(toSuccessor, as(org.ties())))
        .isInstanceOf(NotAllowed.class)
        .hasFieldOrPropertyWithValue("reason", "affiliation.hand-over-needs-confirmation");
    assertThat(affiliation.focalPoints().seatsOf(org.organisation().id()).ties()).contains(org.ties().id());

    Secret token = ties.focalPoints().prepare(PrepareTiesHandOver.builder().organisation(org.organisation().id())
        .successor(successor.id()).build(), as(org.ties())).value().token();
    ties.focalPoints().confirm(ConfirmTiesHandOver.builder().token(token).build(), as(org.ties()));

    AccountId seated = affiliation.focalPoints().seatsOf(org.organisation().id()).ties().orElseThrow();
    assertThat(seated).isEqualTo(successor.id());
  }
}
