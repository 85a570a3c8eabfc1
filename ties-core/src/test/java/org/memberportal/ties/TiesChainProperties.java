/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.LeaveOrganisation;
import org.memberportal.affiliation.membership.RemoveAffiliation;
import org.memberportal.affiliation.membership.WithdrawRequest;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PortalException;
import org.memberportal.ties.access.AssignTiesAccess;
import org.memberportal.ties.access.CancelTiesRequest;
import org.memberportal.ties.access.DecideTiesRequest;
import org.memberportal.ties.access.RemoveTiesAccess;
import org.memberportal.ties.access.RequestTiesAccess;
import org.memberportal.ties.access.TiesAccess;
import org.memberportal.ties.access.TiesAccessEvent;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesOrigin;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.handover.AppointTiesFocalPoint;
import org.memberportal.ties.handover.ConfirmTiesHandOver;
import org.memberportal.ties.handover.PrepareTiesHandOver;
import org.memberportal.ties.handover.TiesFocalPointEvent;
import org.memberportal.ties.testkit.TiesWorld;

/**
 * Random sequences mixing affiliation commands (request with or without the TIES tick, verify, approve, reject,
 * withdraw, remove, leave) and TIES commands (request, approve, reject, cancel, assign, remove, hand-over,
 * appointment, a redelivered approval) by random actors across accounts and organisations. After every step:
 * active TIES rests on an approved affiliation to a member organisation; each organisation's TIES Focal Point
 * holds active TIES access there; every sign-up tick was filed exactly once.
 */
class TiesChainProperties {

  /** The world of one chain, and the names a shrunk failure prints. */
  static final String ITS_TIES_FP = "its TIES FP";
  static final String ITS_ITU_FP = "its ITU FP";

  static final class Model {
    final TiesWorld world = TiesWorld.create();
    final Staffed swisscom = world.staffed("Swisscom");
    final Staffed orange = world.staffed("Orange");
    final Organisation club = world.affiliation.organisation("Radio Club", MembershipType.NOT_A_MEMBER, "CH");
    final List<Organisation> organisations = List.of(swisscom.organisation(), orange.organisation(), club);
    final Map<String, AccountSummary> people = new LinkedHashMap<>();
    final Map<String, Function<Model, Actor>> actors = new LinkedHashMap<>();
    final List<Affiliation> requests = new ArrayList<>();
    int refused;

    Model() {
      people.put("Ana", world.affiliation.accounts.active("Ana", "Silva"));
      people.put("Bo", world.affiliation.accounts.unverified("Bo", "Chen"));
      people.put("Cy", world.affiliation.accounts.active("Cy", "Dupont"));
      people.put("Tom (first TIES FP of Swisscom)", swisscom.ties());
      people.put("Oda (first TIES FP of Orange)", orange.ties());
      people.forEach((name, account) -> actors.put(name, m -> TiesWorld.as(account)));
      // start with two members so that TIES commands and hand-overs have someone to act on from the first step
      for (Map.Entry<String, Staffed> join : Map.of("Ana", swisscom, "Cy", orange).entrySet()) {
        Affiliation a = world.requestAffiliation(people.get(join.getKey()), join.getValue(), false);
        requests.add(world.approveAffiliation(a, join.getValue()));
      }
      actors.put("the TIES FP of Swisscom", m -> m.tiesFocalPoint(swisscom));
      actors.put("the ITU FP of Swisscom", m -> TiesWorld.as(swisscom.itu()));
      actors.put("the TIES FP of Orange", m -> m.tiesFocalPoint(orange));
      actors.put("the operator", m -> world.operator());
      actors.put("anonymous", m -> Actor.anonymous());
    }

    Actor tiesFocalPoint(Staffed org) {
      return world.affiliation.module.focalPoints().seatsOf(org.organisation().id()).ties()
          .map(Actor::account).map(a -> (Actor) a).orElse(Actor.anonymous());
    }

    List<String> peopleNames() {
      return List.copyOf(people.keySet());
    }

    List<String> actorNames() {
      return List.copyOf(actors.keySet());
    }

    /** Any actor, with the subject's own focal points (resolved when the step runs) drawn most often. */
    List<String> actorNamesFavouringFocalPoints() {
      List<String> names = new ArrayList<>(actors.keySet());
      for (int i = 0; i < 5; i++) {
        names.add(ITS_TIES_FP);
        names.add(ITS_ITU_FP);
      }
      return names;
    }

    /** Resolves an actor name; "its ... FP" means a focal point of the given organisation as seated now. */
    Actor resolve(String name, Optional<OrganisationId> organisation) {
      if (name.equals(ITS_TIES_FP) || name.equals(ITS_ITU_FP)) {
        return organisation.map(o -> world.affiliation.module.focalPoints().seatsOf(o))
            .flatMap(seats -> name.equals(ITS_TIES_FP) ? seats.ties() : seats.itu())
            .<Actor>map(Actor::account).orElse(Actor.anonymous());
      }
      return actors.get(name).apply(this);
    }

    /** The organisation a person's TIES commands are about: their approved affiliation's, else their TIES one's. */
    Optional<OrganisationId> organisationOf(AccountId account) {
      return affiliations().approvedAffiliationOf(account).map(Affiliation::organisation)
          .or(() -> world.register.find(account).map(TiesAccount::organisation));
    }

    TiesAccess access() {
      return world.access();
    }

    Affiliations affiliations() {
      return world.affiliation.module.affiliations();
    }

    /** Runs a command; a refusal must be one of the library's own failures and must change nothing. */
    void attempt(Runnable command) {
      int events = world.events().size();
      int mails = world.affiliation.kernel.outbox().entries().size();
      try {
        command.run();
      } catch (PortalException e) {
        refused++;
        assertThat(world.events()).as("a refused command publishes nothing").hasSize(events);
        assertThat(world.affiliation.kernel.outbox().entries()).as("a refused command sends nothing").hasSize(mails);
      }
    }

    @Override
    public String toString() {
      return "Model{" + requests.size() + " affiliation requests, " + refused + " refused}";
    }
  }

  @Property(tries = 60)
  void invariantsHoldAfterEveryStep(@ForAll("chains") ActionChain<Model> chain) {
    chain.withInvariant("live TIES rests on an approved affiliation to a member organisation",
            TiesChainProperties::tiesRestsOnAffiliation)
        .withInvariant("each organisation's TIES focal point holds active TIES access there",
            TiesChainProperties::focalPointHoldsAccess)
        .withInvariant("every sign-up tick is filed exactly once", TiesChainProperties::ticksFiledOnce)
        .run();
    Model end = chain.finalState().orElseThrow();
    // shows in the report that chains reach the interesting states, not only refusals
    Statistics.label("TIES active at the end").collect(end.people.values().stream()
        .filter(u -> end.world.register.isActive(u.id())).count());
    Statistics.label("sign-up ticks filed").collect(end.world.events(TiesAccessEvent.Requested.class).stream()
        .anyMatch(e -> e.origin() == TiesOrigin.SIGN_UP_TICK));
    Statistics.label("TIES seat handed over").collect(!end.world.events(
        TiesFocalPointEvent.HandedOver.class).isEmpty());
  }

  @Provide
  Arbitrary<ActionChain<Model>> chains() {
    return ActionChain.startWith(Model::new)
        .withAction(3, new RequestAffiliationAction())
        .withAction(1, new VerifyAction())
        .withAction(4, new AffiliationDecisionAction())
        .withAction(8, new TiesCommandAction())
        .withAction(3, new HandOverAction())
        .withAction(1, new AppointAction())
        .withAction(1, new RedeliverApprovalAction())
        .withMaxTransformations(40);
  }

  private static void tiesRestsOnAffiliation(Model m) {
    for (AccountSummary u : m.people.values()) {
      Optional<TiesAccount> t = m.world.register.find(u.id());
      boolean live = t.filter(x -> x.state() == TiesState.ACTIVE || x.state() == TiesState.REQUESTED).isPresent();
      assertThat(m.world.register.isActive(u.id())).as("index of %s", u.id())
          .isEqualTo(t.filter(x -> x.state().active()).isPresent());
      if (live) {
        Optional<Affiliation> a = m.affiliations().approvedAffiliationOf(u.id());
        assertThat(a).as("%s rests on an approved affiliation", t.get()).isPresent();
        assertThat(a.get().organisation()).isEqualTo(t.get().organisation());
        assertThat(a.get().membershipType().member()).isTrue();
        assertThat(a.get().id()).isEqualTo(t.get().current().affiliation());
      }
    }
  }

  private static void focalPointHoldsAccess(Model m) {
    for (Organisation o : m.organisations) {
      FocalPointSeats seats = m.world.affiliation.module.focalPoints().seatsOf(o.id());
      seats.ties().ifPresent(fp -> assertThat(m.world.register.find(fp))
          .as("TIES FP of %s holds TIES access there", o.name())
          .hasValueSatisfying(t -> assertThat(t.activeIn(o.id())).isTrue()));
    }
  }

  private static void ticksFiledOnce(Model m) {
    List<TiesAccessEvent.Requested> filed = m.world.events(TiesAccessEvent.Requested.class).stream()
        .filter(e -> e.origin() == TiesOrigin.SIGN_UP_TICK).toList();
    List<AffiliationEvent.Approved> ticked = m.world.events(AffiliationEvent.Approved.class).stream()
        .filter(e -> e.wantsTiesAccess() && e.memberOrganisation()).toList();
    for (AffiliationEvent.Approved a : ticked) {
      assertThat(filed).as("tick of %s", a.affiliation()).filteredOn(e -> e.affiliation().equals(a.affiliation()))
          .hasSize(1);
      assertThat(m.world.register.find(a.account())).hasValueSatisfying(t ->
          assertThat(t.ticksFiled()).contains(a.affiliation()));
    }
    List<AffiliationId> tickedIds = ticked.stream().map(AffiliationEvent.Approved::affiliation).distinct().toList();
    assertThat(filed).extracting(TiesAccessEvent.Requested::affiliation).doesNotHaveDuplicates()
        .allMatch(tickedIds::contains);
  }

  /** A person asks (again) for an affiliation, ticking TIES or not. */
  static final class RequestAffiliationAction implements Action.Dependent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      return Combinators.combine(Arbitraries.of(state.peopleNames()), Arbitraries.integers().between(0, 2),
          Arbitraries.of(true, true, false)).as((who, o, tick) -> Transformer.mutate(
              who + " asks to join " + state.organisations.get(o).name() + (tick ? " ticking TIES" : ""),
              (Model m) -> m.attempt(() -> m.requests.add(
                  m.world.affiliation.request(m.people.get(who), m.organisations.get(o), tick)))));
    }
  }

  /** Bo verifies the email. */
  static final class VerifyAction implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Arbitraries.just(Transformer.mutate("Bo verifies the email", (Consumer<Model>) m -> {
        AccountId bo = m.people.get("Bo").id();
        if (!m.world.affiliation.accounts.find(bo).orElseThrow().status().emailVerified()) {
          m.world.affiliation.accounts.verify(bo);
        }
      }));
    }
  }

  /** Somebody acts on a known affiliation request: approve, reject, withdraw, remove or leave. */
  static final class AffiliationDecisionAction implements Action.Dependent<Model> {
    @Override
    public boolean precondition(Model m) {
      return !m.requests.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      // the latest request half of the time, so that fresh requests are decided while they are open
      Arbitrary<Integer> index = Arbitraries.oneOf(Arbitraries.just(state.requests.size() - 1),
          Arbitraries.integers().between(0, state.requests.size() - 1));
      return Combinators.combine(index, Arbitraries.of(state.actorNamesFavouringFocalPoints()),
          Arbitraries.of("approves", "approves", "rejects", "withdraws", "removes", "leaves"))
          .as((i, actor, verb) -> Transformer.mutate(actor + " " + verb + " affiliation request#" + i,
              (Model m) -> m.attempt(() -> {
                AffiliationId id = m.requests.get(i).id();
                Actor a = m.resolve(actor, Optional.of(m.requests.get(i).organisation()));
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

  /** Somebody acts on a person's TIES access. */
  static final class TiesCommandAction implements Action.Dependent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      return Combinators.combine(Arbitraries.of(state.peopleNames()),
          Arbitraries.of(state.actorNamesFavouringFocalPoints()),
          Arbitraries.of("requests", "approves", "approves", "rejects", "cancels", "assigns", "assigns", "removes"))
          .as((who, actor0, verb) -> {
            boolean own = (verb.equals("requests") || verb.equals("cancels")) && actor0.startsWith("its ");
            String actor = own ? who : actor0;
            return Transformer.mutate(actor + " " + verb + " TIES access of " + who,
              (Model m) -> m.attempt(() -> {
                AccountId account = m.people.get(who).id();
                Actor a = m.resolve(actor, m.organisationOf(account));
                TiesAccess s = m.access();
                switch (verb) {
                  case "requests" -> s.request(RequestTiesAccess.builder().account(account).build(), a);
                  case "approves" -> s.approve(DecideTiesRequest.builder().account(account).build(), a);
                  case "rejects" -> s.reject(DecideTiesRequest.builder().account(account).build(), a);
                  case "cancels" -> s.cancel(CancelTiesRequest.builder().account(account).build(), a);
                  case "assigns" -> s.assign(AssignTiesAccess.builder().account(account).build(), a);
                  default -> s.remove(RemoveTiesAccess.builder().account(account).build(), a);
                }
              }));
          });
    }
  }

  /** A focal point hands an organisation's TIES seat to a person (prepare, then confirm). */
  static final class HandOverAction implements Action.Dependent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      return Combinators.combine(Arbitraries.integers().between(0, 1),
          Arbitraries.of(state.actorNamesFavouringFocalPoints()), Arbitraries.of(state.peopleNames()))
          .as((o, actor, who) -> Transformer.mutate(
              actor + " hands the TIES seat of " + state.organisations.get(o).name() + " to " + who,
              (Model m) -> m.attempt(() -> {
                Actor a = m.resolve(actor, Optional.of(m.organisations.get(o).id()));
                var preview = m.world.ties.focalPoints().prepare(PrepareTiesHandOver.builder()
                    .organisation(m.organisations.get(o).id()).successor(m.people.get(who).id()).build(), a).value();
                m.world.ties.focalPoints().confirm(ConfirmTiesHandOver.builder().token(preview.token()).build(), a);
              })));
    }
  }

  /** The operator seats a person as TIES focal point (only where the seat is vacant). */
  static final class AppointAction implements Action.Dependent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(state.peopleNames()))
          .as((o, who) -> Transformer.mutate(
              "the operator appoints " + who + " TIES FP of " + state.organisations.get(o).name(),
              (Model m) -> m.attempt(() -> m.world.ties.focalPoints().appoint(AppointTiesFocalPoint.builder()
                  .organisation(m.organisations.get(o).id()).account(m.people.get(who).id()).build(),
                  m.world.operator()))));
    }
  }

  /** The bus delivers an earlier affiliation approval again (at-least-once delivery). */
  static final class RedeliverApprovalAction implements Action.Dependent<Model> {
    @Override
    public boolean precondition(Model m) {
      return !m.world.events(AffiliationEvent.Approved.class).isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      int approvals = state.world.events(AffiliationEvent.Approved.class).size();
      return Arbitraries.integers().between(0, approvals - 1).map(i -> Transformer.mutate(
          "the bus delivers approval#" + i + " again", (Model m) -> m.attempt(() -> {
            AffiliationEvent.Approved again = m.world.events(AffiliationEvent.Approved.class).get(i);
            m.world.affiliation.host.command(() -> new Outcome<>(again, List.of(again)));
          })));
    }
  }
}
