/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.testkit.ProfileArbitraries;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.ValidationFailed;

/** Random sequences of profile edits, accepted and refused, checked against a simple model after every step. */
class ProfileEditingProperties {

  /** The system under test and the model of what it should hold. */
  static final class Editing {
    final CareersWorld world = new CareersWorld();
    final CandidateId candidate = CandidateId.random();
    final List<ProfileEntry> expected = new ArrayList<>();
    long version;
    boolean noneDeclared;

    Actor actor() {
      return Candidate.of(candidate);
    }

    Profile stored() {
      return world.profiles.find(candidate).orElseGet(() -> Profile.empty(candidate, world.clock.instant()));
    }

    void add(ProfileEntry e, long expectedVersion) {
      world.candidateProfiles.addEntry(
          AddEntry.builder().candidate(candidate).expectedVersion(expectedVersion).entry(e).build(), actor());
    }

    @Override
    public String toString() {
      return "profile v" + version + " with " + expected.size() + " entries";
    }
  }

  @Property(tries = 30)
  void editsKeepTheProfileEqualToTheModel(@ForAll("chains") ActionChain<Editing> chain) {
    chain.withInvariant("stored profile equals the model", s -> {
      Profile p = s.stored();
      assertThat(p.version()).isEqualTo(s.version);
      assertThat(p.entries()).containsExactlyElementsOf(s.expected);
      assertThat(p.noRelativesDeclared()).isEqualTo(s.noneDeclared);
    }).withInvariant("one event per accepted edit", s ->
        assertThat(s.world.kernel.eventLog().trail(ProfileEvent.subjectOf(s.candidate))).hasSize((int) s.version)
    ).run();
  }

  @Provide
  Arbitrary<ActionChain<Editing>> chains() {
    return ActionChain.startWith(Editing::new)
        .withAction(new AddEntryAction())
        .withAction(new RemoveEntryAction())
        .withAction(new StaleEditAction())
        .withAction(new DeclareNoneAction())
        .withAction(new BackwardsDatesAction())
        .withMaxTransformations(15);
  }

  static final class AddEntryAction implements Action.Independent<Editing> {
    @Override
    public Arbitrary<Transformer<Editing>> transformer() {
      return ProfileArbitraries.entries().map(e -> Transformer.mutate("add " + e.section().code(), s -> {
        s.add(e, s.version);
        s.expected.add(e);
        s.version++;
        if (e instanceof Relative) {
          s.noneDeclared = false;
        }
      }));
    }
  }

  static final class RemoveEntryAction implements Action.Dependent<Editing> {
    @Override
    public boolean precondition(Editing state) {
      return !state.expected.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Editing>> transformer(Editing state) {
      return Arbitraries.integers().between(0, state.expected.size() - 1).map(i -> Transformer.mutate(
          "remove entry " + i, s -> {
            ProfileEntry e = s.expected.get(i);
            s.world.candidateProfiles.removeEntry(RemoveEntry.builder().candidate(s.candidate)
                .expectedVersion(s.version).entry(e.id()).build(), s.actor());
            s.expected.remove(i.intValue());
            s.version++;
          }));
    }
  }

  static final class StaleEditAction implements Action.Dependent<Editing> {
    @Override
    public boolean precondition(Editing state) {
      return state.version > 0;
    }

    @Override
    public Arbitrary<Transformer<Editing>> transformer(Editing state) {
      return Arbitraries.just(Transformer.mutate("edit based on a stale version (refused)", s ->
          assertThatThrownBy(() -> s.add(ProfileFixtures.spectrum(), s.version - 1)).isInstanceOf(Conflict.class)));
    }
  }

  static final class DeclareNoneAction implements Action.Dependent<Editing> {
    @Override
    public boolean precondition(Editing state) {
      return state.expected.stream().noneMatch(Relative.class::isInstance);
    }

    @Override
    public Arbitrary<Transformer<Editing>> transformer(Editing state) {
      return Arbitraries.just(Transformer.mutate("declare no relatives", s -> {
        s.world.candidateProfiles.declareNoRelatives(
            DeclareNoRelatives.builder().candidate(s.candidate).expectedVersion(s.version).build(), s.actor());
        s.noneDeclared = true;
        s.version++;
      }));
    }
  }

  static final class BackwardsDatesAction implements Action.Independent<Editing> {
    @Override
    public Arbitrary<Transformer<Editing>> transformer() {
      return Arbitraries.just(Transformer.mutate("add a job ending before it starts (refused)", s -> {
        Employment backwards = ((ImmutableEmployment) ProfileFixtures.engineer())
            .withTo(Optional.of(LocalDate.of(2000, 1, 1)));
        assertThatThrownBy(() -> s.add(backwards, s.version)).isInstanceOf(ValidationFailed.class);
      }));
    }
  }
}
