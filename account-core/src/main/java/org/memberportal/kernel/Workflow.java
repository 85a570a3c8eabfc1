/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A workflow as data: its states, and one transition table {@code (from, action) -> to} with the roles that
 * may take each step. Commands consult the table; the table can print itself as a Mermaid state diagram.
 *
 * @param <S> the states
 * @param <A> the actions
 * @param <R> the roles, the module's own enum of an actor's relations to a subject
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Workflow<S extends Enum<S>, A extends Enum<A>, R extends Enum<R>> {

  /**
   * One row of the table.
   *
   * @param from the state the step starts in
   * @param action what is done
   * @param to the state the step ends in
   * @param roles who may do it
   * @param <S> the states
   * @param <A> the actions
   * @param <R> the roles
   */
  public record Transition<S extends Enum<S>, A extends Enum<A>, R extends Enum<R>>(S from, A action, S to,
      Set<R> roles) {
    /** Copies the roles. */
    public Transition {
      roles = Set.copyOf(roles);
    }
  }

  private final String name;
  private final Set<S> initial;
  private final List<Transition<S, A, R>> transitions;
  private final Map<S, Map<A, Transition<S, A, R>>> table;

  private Workflow(String name, Set<S> initial, List<Transition<S, A, R>> transitions, Class<S> states) {
    this.name = name;
    // an EnumSet keeps declaration order; Set.copyOf's order changes from one JVM run to the next
    this.initial = Collections.unmodifiableSet(initial.isEmpty() ? EnumSet.noneOf(states) : EnumSet.copyOf(initial));
    this.transitions = List.copyOf(transitions);
    Map<S, Map<A, Transition<S, A, R>>> byState = new EnumMap<>(states);
    for (Transition<S, A, R> t : transitions) {
      Transition<S, A, R> clash = byState.computeIfAbsent(t.from(), s -> new HashMap<>()).put(t.action(), t);
      if (clash != null) {
        throw new IllegalArgumentException(name + ": two transitions for " + t.from() + " on " + t.action());
      }
    }
    this.table = byState;
  }

  /**
   * Starts a table.
   *
   * @param name the workflow's name, used in error codes ({@code name + ".illegal-transition"})
   * @param states the enum of states
   * @param <S> the states
   * @param <A> the actions
   * @param <R> the roles
   * @return a builder
   */
  public static <S extends Enum<S>, A extends Enum<A>, R extends Enum<R>> Builder<S, A, R> builder(String name,
      Class<S> states) {
    return new Builder<>(name, states);
  }

  /**
   * The state a subject moves to when an actor with these roles takes the action, checked against the table.
   *
   * @param from the current state
   * @param action what the actor does
   * @param roles the actor's relations to the subject
   * @return the next state
   * @throws NotAllowed when none of the roles may take this action
   * @throws IllegalTransition when the action is not possible from this state
   */
  public S next(S from, A action, Set<R> roles) {
    Transition<S, A, R> t = table.getOrDefault(from, Map.of()).get(action);
    if (t == null) {
      // an actor who may never take this action learns nothing about the subject's state
      if (!mayEver(action, roles)) {
        throw new NotAllowed(name + KernelRefusals.NOT_ALLOWED_SUFFIX, name + ": " + action.name() + " is not allowed");
      }
      throw new IllegalTransition(name, from, action);
    }
    if (Collections.disjoint(roles, t.roles())) {
      throw new NotAllowed(name + KernelRefusals.NOT_ALLOWED_SUFFIX, name + ": " + action.name() + " is not allowed");
    }
    return t.to();
  }

  /**
   * The state a subject moves to on this action, for a step the system takes on its own behalf.
   *
   * @param from the current state
   * @param action the action
   * @return the next state
   * @throws IllegalTransition when the action is not possible from this state
   */
  public S next(S from, A action) {
    Transition<S, A, R> t = table.getOrDefault(from, Map.of()).get(action);
    if (t == null) {
      throw new IllegalTransition(name, from, action);
    }
    return t.to();
  }

  /**
   * Whether the action is possible from this state, for anyone.
   *
   * @param from the state
   * @param action the action
   * @return true when the table has such a row
   */
  public boolean allows(S from, A action) {
    return table.getOrDefault(from, Map.of()).containsKey(action);
  }

  /**
   * The actions possible from a state, in declaration order, for building menus.
   *
   * @param from the state
   * @return the actions
   */
  public Set<A> actionsFrom(S from) {
    return transitions.stream()
        .filter(t -> t.from() == from)
        .map(Transition::action)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * The workflow's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The states a subject can start in.
   *
   * @return the initial states
   */
  public Set<S> initialStates() {
    return initial;
  }

  /**
   * Every row of the table, in declaration order.
   *
   * @return the transitions
   */
  public List<Transition<S, A, R>> transitions() {
    return transitions;
  }

  /**
   * The table as a Mermaid state diagram: one line per transition labelled with the action and the roles,
   * an entry arrow per initial state, and an exit arrow per state without outgoing transitions.
   *
   * @return the diagram source
   */
  public String toMermaid() {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    for (S s : initial) {
      out.append("    [*] --> ").append(s.name()).append('\n');
    }
    Set<S> seen = new LinkedHashSet<>(initial);
    for (Transition<S, A, R> t : transitions) {
      out.append("    ").append(t.from().name()).append(" --> ").append(t.to().name())
          .append(" : ").append(label(t.action())).append(" (")
          .append(t.roles().stream().sorted().map(r -> label(r)).collect(Collectors.joining(", ")))
          .append(")\n");
      seen.add(t.from());
      seen.add(t.to());
    }
    for (S s : seen) {
      if (!table.containsKey(s)) {
        out.append("    ").append(s.name()).append(" --> [*]\n");
      }
    }
    return out.toString();
  }

  private boolean mayEver(A action, Set<R> roles) {
    return transitions.stream()
        .anyMatch(t -> t.action() == action && roles.stream().anyMatch(t.roles()::contains));
  }

  private static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Builds a workflow table row by row.
   *
   * @param <S> the states
   * @param <A> the actions
   * @param <R> the roles
   */
  public static final class Builder<S extends Enum<S>, A extends Enum<A>, R extends Enum<R>> {
    private final String name;
    private final Class<S> states;
    private final Set<S> initial;
    private final List<Transition<S, A, R>> transitions = new ArrayList<>();

    private Builder(String name, Class<S> states) {
      this.name = Objects.requireNonNull(name);
      this.states = states;
      this.initial = EnumSet.noneOf(states);
    }

    /**
     * Declares states a subject may start in.
     *
     * @param first a starting state
     * @param more more starting states
     * @return this builder
     */
    @SafeVarargs
    public final Builder<S, A, R> initial(S first, S... more) {
      initial.add(first);
      initial.addAll(List.of(more));
      return this;
    }

    /**
     * Adds a row.
     *
     * @param from the state the step starts in
     * @param action what is done
     * @param to the state the step ends in
     * @param first a role that may do it
     * @param more more roles that may do it
     * @return this builder
     */
    @SafeVarargs
    public final Builder<S, A, R> on(S from, A action, S to, R first, R... more) {
      transitions.add(new Transition<>(from, action, to, EnumSet.of(first, more)));
      return this;
    }

    /**
     * Finishes the table.
     *
     * @return the workflow
     * @throws IllegalArgumentException when two rows share a state and an action (a programming error)
     */
    public Workflow<S, A, R> build() {
      return new Workflow<>(name, initial, transitions, states);
    }
  }
}
