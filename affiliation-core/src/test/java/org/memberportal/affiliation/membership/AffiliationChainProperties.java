/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.memberportal.account.AccountSummary;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.focalpoint.HandOverTiesFocalPoint;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.PortalException;

/**
 * Random sequences of request / verify / approve / reject / withdraw / remove / leave / re-request by random
 * actors across several accounts and organisations; the workflow's invariants are checked after every step.
 */
class AffiliationChainProperties {

  /** The world of one chain, and the names a shrunk failure prints. */
  static final class Model {
    final AffiliationWorld world = AffiliationWorld.create();
    final Staffed swisscom = world.staffed("Swisscom");
    final Staffed orange = world.staffed("Orange");
    final Organisation club = world.organisation("Radio Club", MembershipType.NOT_A_MEMBER, "CH");
    final List<Organisation> organisations = List.of(swisscom.organisation(), orange.organisation(), club);
    final List<AccountSummary> users = List.of(
        world.accounts.active("Ana", "Silva"), world.accounts.unverified("Bo", "Chen"),
        world.accounts.active("Cy", "Dupont"));
    final Map<String, Actor> actors = Map.of(
        "Ana", AffiliationWorld.as(users.get(0)),
        "Bo", AffiliationWorld.as(users.get(1)),
        "Cy", AffiliationWorld.as(users.get(2)),
        "TIES FP of Swisscom", AffiliationWorld.as(swisscom.ties()),
        "ITU FP of Swisscom", AffiliationWorld.as(swisscom.itu()),
        "TIES FP of Orange", AffiliationWorld.as(orange.ties()),
        "operator", world.operator,
        "anonymous", Actor.anonymous());
    final List<Affiliation> requests = new ArrayList<>();
    final List<String> decisionsBySomeoneNotSeated = new ArrayList<>();
    int refused;

    Model() {
      // the focal points' own affiliations are subjects too (T5)
      requests.add(world.module.affiliations().approvedAffiliationOf(swisscom.ties().id()).orElseThrow());
      requests.add(world.module.affiliations().approvedAffiliationOf(orange.ties().id()).orElseThrow());
      // checked inside the deciding transaction: the decider sits in a seat at that moment
      world.host.events().subscribe(AffiliationEvent.Approved.class,
          e -> seated(e.organisation(), e.account(), e.decidedBy(), e.actor(), e));
      world.host.events().subscribe(AffiliationEvent.Rejected.class,
          e -> seated(e.organisation(), e.account(), e.decidedBy(), e.actor(), e));
    }

    private void seated(OrganisationId org, AccountId requester, @Nullable AccountId decider, Actor actor,
        Object event) {
      FocalPointSeats seats = world.module.focalPoints().seatsOf(org);
      // the operator decides only where no focal point may (nobody decides their own request)
      boolean decidedBySeated = decider == null
          ? actor instanceof Actor.Operator && seats.decidersFor(requester).isEmpty()
          : !seats.rolesOf(decider).isEmpty();
      if (!decidedBySeated) {
        decisionsBySomeoneNotSeated.add(event.toString());
      }
    }

    Affiliations affiliations() {
      return world.module.affiliations();
    }

    /** Runs a command; a refusal must be one of the library's own failures and must change nothing. */
    void attempt(Runnable command) {
      int events = world.events().size();
      try {
        command.run();
      } catch (PortalException e) {
        refused++;
        assertThat(world.events()).hasSize(events);
      }
    }

    @Override
    public String toString() {
      return "Model{" + requests.size() + " requests, " + refused + " refused}";
    }
  }

  @Property(tries = 50)
  void invariantsHoldAfterEveryStep(@ForAll("chains") ActionChain<Model> chain) {
    chain.withInvariant("at most one open and one current affiliation per account", AffiliationChainProperties::atMostOne)
        .withInvariant("approved only by a focal point of a member organisation", AffiliationChainProperties::decisions)
        .withInvariant("links only to non-member organisations, requests only after verification",
            AffiliationChainProperties::links)
        .withInvariant("every decision names a focal point of the organisation at that moment",
            m -> assertThat(m.decisionsBySomeoneNotSeated).isEmpty())
        .withInvariant("the TIES focal point holds an approved affiliation with the organisation (T5)",
            AffiliationChainProperties::tiesSeatHolderIsAffiliated)
        .run();
  }

  @Provide
  Arbitrary<ActionChain<Model>> chains() {
    return ActionChain.startWith(Model::new)
        .withAction(3, new RequestAction())
        .withAction(1, new VerifyAction())
        .withAction(6, new DecideAction())
        .withAction(1, new HandOverAction())
        .withMaxTransformations(25);
  }

  private static void atMostOne(Model m) {
    for (AccountSummary u : m.users) {
      List<Affiliation> all = m.affiliations().historyOf(u.id(), m.world.operator);
      assertThat(all.stream().filter(a -> a.state().open())).hasSizeLessThanOrEqualTo(1);
      assertThat(all.stream().filter(a -> a.state().current())).hasSizeLessThanOrEqualTo(1);
    }
  }

  private static void tiesSeatHolderIsAffiliated(Model m) {
    for (Organisation o : m.organisations) {
      m.world.module.focalPoints().seatsOf(o.id()).ties().ifPresent(holder -> assertThat(
          m.affiliations().approvedAffiliationOf(holder)).as("TIES FP of %s", o.name())
          .hasValueSatisfying(a -> assertThat(a.organisation()).isEqualTo(o.id())));
    }
  }

  private static void decisions(Model m) {
    for (AccountSummary u : m.users) {
      for (Affiliation a : m.affiliations().historyOf(u.id(), m.world.operator)) {
        if (a.decidedBy().isPresent()) {
          assertThat(a.decidedBy().get()).isNotEqualTo(a.account());
          assertThat(a.membershipType().member()).isTrue();
        }
        if (a.state() == AffiliationState.APPROVED || a.state() == AffiliationState.REJECTED) {
          assertThat(a.decidedAt()).as("%s was decided", a).isPresent();
          assertThat(a.decidedBy().isPresent()).as("%s names its focal point, if one decided", a)
              .isEqualTo(a.decidedAs().isPresent());
        }
      }
    }
  }

  private static void links(Model m) {
    for (AccountSummary u : m.users) {
      boolean verified = m.world.accounts.find(u.id()).orElseThrow().status().emailVerified();
      for (Affiliation a : m.affiliations().historyOf(u.id(), m.world.operator)) {
        if (a.state() == AffiliationState.LINKED) {
          assertThat(a.membershipType()).isEqualTo(MembershipType.NOT_A_MEMBER);
        }
        if (a.state() == AffiliationState.PENDING) {
          assertThat(verified).as("pending only once verified").isTrue();
          assertThat(a.submittedAt()).isPresent();
        }
        if (a.state() == AffiliationState.REQUESTED) {
          assertThat(verified).as("requested only while unverified").isFalse();
        }
      }
    }
  }

  /** A user asks (again) for an affiliation, ticking TIES or not. */
  static final class RequestAction implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
          Arbitraries.of(true, false)).as((u, o, tick) -> Transformer.mutate(
              List.of("Ana", "Bo", "Cy").get(u) + " requests " + List.of("Swisscom", "Orange", "Radio Club").get(o)
                  + (tick ? " ticking TIES" : ""), (Model m) -> m.attempt(() -> {
                AccountSummary user = m.users.get(u);
                m.requests.add(m.world.request(user, m.organisations.get(o), tick));
              })));
    }
  }

  /**
   * A focal point (or somebody else) hands the TIES seat of an organisation to a user: the operator at once, the
   * others as the confirmed step of a two-step hand-over.
   */
  static final class HandOverAction implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Combinators.combine(Arbitraries.of("TIES FP of Swisscom", "ITU FP of Swisscom", "TIES FP of Orange",
          "operator", "Ana"), Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 2))
          .as((who, o, u) -> Transformer.mutate(who + " hands the TIES seat of " + List.of("Swisscom", "Orange").get(o)
              + " to " + List.of("Ana", "Bo", "Cy").get(u), (Model m) -> m.attempt(() -> {
                HandOverTiesFocalPoint command = HandOverTiesFocalPoint.builder()
                    .organisation(m.organisations.get(o).id()).successor(m.users.get(u).id()).build();
                Actor actor = m.actors.get(who);
                if (actor instanceof Actor.Operator) {
                  m.world.module.focalPoints().handOverTies(command, actor);
                } else {
                  m.world.confirmedHandOver().handOver(command, actor);
                }
              })));
    }
  }

  /** The unverified user verifies the email. */
  static final class VerifyAction implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Arbitraries.just(Transformer.mutate("Bo verifies the email", (Consumer<Model>) m -> {
        if (!m.world.accounts.find(m.users.get(1).id()).orElseThrow().status().emailVerified()) {
          m.world.accounts.verify(m.users.get(1).id());
        }
      }));
    }
  }

  /** Somebody acts on a known request: approve, reject, withdraw, remove or leave. */
  static final class DecideAction implements Action.Dependent<Model> {
    @Override
    public boolean precondition(Model m) {
      return !m.requests.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      List<String> who = List.copyOf(state.actors.keySet()).stream().sorted().toList();
      return Combinators.combine(Arbitraries.integers().between(0, state.requests.size() - 1), Arbitraries.of(who),
          Arbitraries.of("approves", "rejects", "withdraws", "removes", "leaves")).as((i, actor, verb) ->
          Transformer.mutate(actor + " " + verb + " request#" + i, (Model m) -> m.attempt(() -> {
            AffiliationId id = m.requests.get(i).id();
            Actor a = m.actors.get(actor);
            Affiliations s = m.affiliations();
            switch (verb) {
              case "approves" -> s.approve(DecideAffiliation.builder().affiliation(id).build(), a);
              case "rejects" -> s.reject(DecideAffiliation.builder().affiliation(id).build(), a);
              case "withdraws" -> s.withdraw(WithdrawRequest.builder().affiliation(id).build(), a);
              case "removes" -> s.remove(RemoveAffiliation.builder().affiliation(id).build(), a);
              default -> s.leave(LeaveOrganisation.builder().affiliation(id).build(), a);
            }
          })));
    }
  }
}
