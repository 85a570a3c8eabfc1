/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Secret;
import org.memberportal.ties.access.AssignTiesAccess;
import org.memberportal.ties.access.CancelTiesRequest;
import org.memberportal.ties.access.DecideTiesRequest;
import org.memberportal.ties.access.RemoveTiesAccess;
import org.memberportal.ties.access.RequestTiesAccess;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.handover.AppointTiesFocalPoint;
import org.memberportal.ties.handover.ConfirmTiesHandOver;
import org.memberportal.ties.handover.PrepareTiesHandOver;
import org.memberportal.ties.testkit.TiesWorld;

/**
 * Every TIES command (and the protected queries) against every relation of the actor to its subject: allowed
 * cells succeed, every other cell fails with not-allowed and changes nothing (no event, no mail, no write).
 */
class TiesAuthorisationMatrixTests {

  /** The actor's relation to the command's subject (the requester's TIES access, or the organisation's seat). */
  enum Relation { REQUESTER, OTHER_USER, TIES_FP, ITU_FP, FP_OF_ANOTHER_ORG, OPERATOR, ANONYMOUS }

  /** A world where every relation has somebody, and the subjects every command needs. */
  static final class Scene {
    final TiesWorld world = TiesWorld.create();
    final Staffed org = world.staffed("Swisscom");
    final Staffed another = world.staffed("Orange");
    final AccountSummary requester = world.member(org, "Ana", "Silva");
    final AccountSummary other = world.tiesUser(org, "Olga", "Other");
    Secret token = Secret.of("none");

    Actor actor(Relation r) {
      return switch (r) {
        case REQUESTER -> TiesWorld.as(requester);
        case OTHER_USER -> TiesWorld.as(other);
        case TIES_FP -> TiesWorld.as(org.ties());
        case ITU_FP -> TiesWorld.as(org.itu());
        case FP_OF_ANOTHER_ORG -> TiesWorld.as(another.ties());
        case OPERATOR -> world.operator();
        case ANONYMOUS -> Actor.anonymous();
      };
    }

    Scene requested() {
      world.access().request(RequestTiesAccess.builder().account(requester.id()).build(), TiesWorld.as(requester));
      return this;
    }

    Scene active() {
      world.access().assign(AssignTiesAccess.builder().account(requester.id()).build(), TiesWorld.as(org.itu()));
      return this;
    }

    Scene prepared() {
      active();
      token = world.ties.focalPoints().prepare(PrepareTiesHandOver.builder().organisation(org.organisation().id())
          .successor(requester.id()).build(), TiesWorld.as(org.ties())).value().token();
      return this;
    }

    Scene vacantSeat() {
      world.access().remove(RemoveTiesAccess.builder().account(org.ties().id()).build(), world.operator());
      return this;
    }

    Optional<TiesAccount> subject() {
      return world.register.find(requester.id());
    }

    FocalPointSeats seats() {
      return world.affiliation.module.focalPoints().seatsOf(org.organisation().id());
    }
  }

  /** One command: how to set its scene up, how to run it, and who may. */
  record Command(String name, Function<Scene, Scene> setUp, BiConsumer<Scene, Actor> run, Set<Relation> allowed) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Set<Relation> FOCAL_POINTS = EnumSet.of(Relation.TIES_FP, Relation.ITU_FP);

  static List<Command> commands() {
    return List.of(
        new Command("request TIES access", s -> s, (s, a) -> s.world.access()
            .request(RequestTiesAccess.builder().account(s.requester.id()).build(), a), EnumSet.of(Relation.REQUESTER)),
        new Command("approve TIES request", Scene::requested, (s, a) -> s.world.access()
            .approve(DecideTiesRequest.builder().account(s.requester.id()).build(), a), FOCAL_POINTS),
        new Command("reject TIES request", Scene::requested, (s, a) -> s.world.access()
            .reject(DecideTiesRequest.builder().account(s.requester.id()).build(), a), FOCAL_POINTS),
        new Command("cancel TIES request", Scene::requested, (s, a) -> s.world.access()
            .cancel(CancelTiesRequest.builder().account(s.requester.id()).build(), a), EnumSet.of(Relation.REQUESTER)),
        new Command("assign TIES access", s -> s, (s, a) -> s.world.access()
            .assign(AssignTiesAccess.builder().account(s.requester.id()).build(), a), FOCAL_POINTS),
        new Command("remove TIES access", Scene::active, (s, a) -> s.world.access()
            .remove(RemoveTiesAccess.builder().account(s.requester.id()).build(), a),
            EnumSet.of(Relation.TIES_FP, Relation.ITU_FP, Relation.OPERATOR)),
        new Command("prepare TIES hand-over", Scene::active, (s, a) -> s.world.ties.focalPoints()
            .prepare(PrepareTiesHandOver.builder().organisation(s.org.organisation().id()).successor(s.requester.id())
                .build(), a), FOCAL_POINTS),
        new Command("confirm TIES hand-over", Scene::prepared, (s, a) -> s.world.ties.focalPoints()
            .confirm(ConfirmTiesHandOver.builder().token(s.token).build(), a), EnumSet.of(Relation.TIES_FP)),
        new Command("appoint TIES focal point", Scene::vacantSeat, (s, a) -> s.world.ties.focalPoints()
            .appoint(AppointTiesFocalPoint.builder().organisation(s.org.organisation().id()).account(s.requester.id())
                .build(), a), EnumSet.of(Relation.OPERATOR)),
        new Command("is TIES active", Scene::active, (s, a) -> s.world.access().isActive(s.requester.id(), a),
            EnumSet.of(Relation.REQUESTER, Relation.OPERATOR)),
        new Command("view TIES access", Scene::requested, (s, a) -> s.world.access().of(s.requester.id(), a),
            EnumSet.of(Relation.REQUESTER, Relation.TIES_FP, Relation.ITU_FP, Relation.OPERATOR)),
        new Command("list organisation's TIES users", Scene::requested, (s, a) -> s.world.access()
            .inOrganisation(s.org.organisation().id(), EnumSet.allOf(TiesState.class), a),
            EnumSet.of(Relation.TIES_FP, Relation.ITU_FP, Relation.OPERATOR)),
        new Command("my requests", Scene::requested, (s, a) -> s.world.ties.myRequests().of(s.requester.id(), a),
            EnumSet.of(Relation.REQUESTER, Relation.OPERATOR)));
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
    int mails = scene.world.affiliation.kernel.outbox().entries().size();
    Optional<TiesAccount> before = scene.subject();
    FocalPointSeats seats = scene.seats();

    if (allowed) {
      assertThatCode(() -> command.run().accept(scene, actor)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> command.run().accept(scene, actor)).isInstanceOf(NotAllowed.class);
      assertThat(scene.world.events()).hasSize(events);
      assertThat(scene.world.affiliation.kernel.outbox().entries()).hasSize(mails);
      assertThat(scene.subject()).isEqualTo(before);
      assertThat(scene.seats()).isEqualTo(seats);
    }
  }
}
