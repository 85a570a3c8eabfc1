/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.focalpoint.HandOverTiesFocalPoint;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.LeaveOrganisation;
import org.memberportal.affiliation.membership.RemoveAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.membership.WithdrawRequest;
import org.memberportal.affiliation.organisation.EnterOrganisation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.RegisterOrganisation;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotAllowed;

/**
 * Every command (and the protected queries) against every relation of the actor to its subject: allowed cells
 * succeed, every other cell fails with not-allowed and changes nothing.
 */
class AuthorisationMatrixTests {

  /** The actor's relation to the command's subject. */
  enum Relation { REQUESTER, OTHER_USER, TIES_FP, ITU_FP, FP_OF_ANOTHER_ORG, OPERATOR, ANONYMOUS }

  /** A world where every relation has somebody, and the subjects every command needs. */
  static final class Scene {
    final AffiliationWorld world = AffiliationWorld.create();
    final Staffed org = world.staffed("Swisscom");
    final Staffed another = world.staffed("Orange");
    final AccountSummary requester = world.accounts.active("Ana", "Silva");
    final AccountSummary other = world.accounts.active("Olga", "Other");
    final AccountSummary successor = world.member(org, "Sam", "Successor");
    Affiliation subject;

    Actor actor(Relation r) {
      return switch (r) {
        case REQUESTER -> AffiliationWorld.as(requester);
        case OTHER_USER -> AffiliationWorld.as(other);
        case TIES_FP -> AffiliationWorld.as(org.ties());
        case ITU_FP -> AffiliationWorld.as(org.itu());
        case FP_OF_ANOTHER_ORG -> AffiliationWorld.as(another.ties());
        case OPERATOR -> world.operator;
        case ANONYMOUS -> Actor.anonymous();
      };
    }

    Scene pending() {
      subject = world.request(requester, org.organisation(), false);
      return this;
    }

    Scene approved() {
      pending();
      world.module.affiliations().approve(DecideAffiliation.builder().affiliation(subject.id()).build(),
          AffiliationWorld.as(org.itu()));
      return this;
    }
  }

  /** One command: how to set its scene up, how to run it, and who may. */
  record Command(String name, java.util.function.Function<Scene, Scene> setUp, BiConsumer<Scene, Actor> run,
      Set<Relation> allowed) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Set<Relation> FOCAL_POINTS = EnumSet.of(Relation.TIES_FP, Relation.ITU_FP);

  static List<Command> commands() {
    return List.of(
        new Command("request", s -> s, (s, a) -> s.world.module.affiliations().request(RequestAffiliation.builder()
            .account(s.requester.id()).organisation(s.org.organisation().id()).build(), a),
            EnumSet.of(Relation.REQUESTER)),
        new Command("approve", Scene::pending, (s, a) -> s.world.module.affiliations()
            .approve(DecideAffiliation.builder().affiliation(s.subject.id()).build(), a), FOCAL_POINTS),
        new Command("reject", Scene::pending, (s, a) -> s.world.module.affiliations()
            .reject(DecideAffiliation.builder().affiliation(s.subject.id()).build(), a), FOCAL_POINTS),
        new Command("withdraw", Scene::pending, (s, a) -> s.world.module.affiliations()
            .withdraw(WithdrawRequest.builder().affiliation(s.subject.id()).build(), a), EnumSet.of(Relation.REQUESTER)),
        new Command("remove", Scene::approved, (s, a) -> s.world.module.affiliations()
            .remove(RemoveAffiliation.builder().affiliation(s.subject.id()).build(), a),
            EnumSet.of(Relation.TIES_FP, Relation.ITU_FP, Relation.OPERATOR)),
        new Command("leave", Scene::approved, (s, a) -> s.world.module.affiliations()
            .leave(LeaveOrganisation.builder().affiliation(s.subject.id()).build(), a), EnumSet.of(Relation.REQUESTER)),
        new Command("view request", Scene::pending, (s, a) -> s.world.module.affiliations().get(s.subject.id(), a),
            EnumSet.of(Relation.REQUESTER, Relation.TIES_FP, Relation.ITU_FP, Relation.OPERATOR)),
        new Command("manage my users", Scene::pending, (s, a) -> s.world.module.manageMyUsers()
            .list(RosterQuery.builder().organisation(s.org.organisation().id()).build(), a),
            EnumSet.of(Relation.TIES_FP, Relation.ITU_FP, Relation.OPERATOR)),
        new Command("may represent", Scene::approved, (s, a) -> s.world.module.affiliations()
            .mayRepresent(s.requester.id(), s.org.organisation().id(), a),
            EnumSet.of(Relation.REQUESTER, Relation.TIES_FP, Relation.ITU_FP, Relation.OPERATOR)),
        new Command("history", Scene::pending, (s, a) -> s.world.module.affiliations().historyOf(s.requester.id(), a),
            EnumSet.of(Relation.REQUESTER, Relation.OPERATOR)),
        new Command("appoint ITU focal point", s -> s, (s, a) -> s.world.module.focalPoints()
            .appoint(AppointFocalPoint.builder().organisation(s.org.organisation().id()).seat(FocalPointRole.ITU)
                .account(s.successor.id()).build(), a), EnumSet.of(Relation.OPERATOR)),
        // a focal point hands the seat over in two steps (ties-core's confirm calls the hook); the operator at once
        new Command("hand over TIES focal point at once", s -> s, (s, a) -> s.world.module.focalPoints()
            .handOverTies(HandOverTiesFocalPoint.builder().organisation(s.org.organisation().id())
                .successor(s.successor.id()).build(), a),
            EnumSet.of(Relation.OPERATOR)),
        new Command("hand over TIES focal point, confirmed", s -> s, (s, a) -> s.world.confirmedHandOver()
            .handOver(HandOverTiesFocalPoint.builder().organisation(s.org.organisation().id())
                .successor(s.successor.id()).build(), a),
            EnumSet.of(Relation.TIES_FP, Relation.ITU_FP, Relation.OPERATOR)),
        new Command("register organisation", s -> s, (s, a) -> s.world.module.organisations()
            .register(RegisterOrganisation.builder().name("New Org").membershipType(MembershipType.ACADEMIA)
                .country("FR").build(), a), EnumSet.of(Relation.OPERATOR)),
        new Command("enter organisation", s -> s, (s, a) -> s.world.module.organisations()
            .enter(EnterOrganisation.builder().name("Garage Telecom").country("CH").build(), a),
            EnumSet.of(Relation.REQUESTER, Relation.OTHER_USER, Relation.TIES_FP, Relation.ITU_FP,
                Relation.FP_OF_ANOTHER_ORG)),
        new Command("reminder tick", s -> s, (s, a) -> s.world.module.reminders().tick(a),
            EnumSet.of(Relation.OPERATOR)));
  }

  static Stream<Arguments> matrix() {
    List<Arguments> cells = new ArrayList<>();
    for (Command c : commands()) {
      for (Relation r : Relation.values()) {
        cells.add(Arguments.of(c, r, c.allowed().contains(r)));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} by {1}: allowed={2}")
  @MethodSource("matrix")
  void onlyTheAllowedRelationsMayActAndOthersChangeNothing(Command command, Relation relation, boolean allowed) {
    Scene scene = command.setUp().apply(new Scene());
    Actor actor = scene.actor(relation);
    int events = scene.world.events().size();
    int mails = scene.world.kernel.outbox().entries().size();
    Affiliation before = scene.subject == null ? null
        : scene.world.module.affiliations().get(scene.subject.id(), scene.world.operator);

    if (allowed) {
      assertThatCode(() -> command.run().accept(scene, actor)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> command.run().accept(scene, actor)).isInstanceOf(NotAllowed.class);
      assertThat(scene.world.events()).hasSize(events);
      assertThat(scene.world.kernel.outbox().entries()).hasSize(mails);
      if (before != null) {
        assertThat(scene.world.module.affiliations().get(before.id(), scene.world.operator)).isEqualTo(before);
      }
    }
  }
}
