/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.account.AccountRefusals;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Assurance;
import org.memberportal.kernel.PreconditionFailed;

/**
 * The host's rule of who must have passed a second factor (ASVS V6.3.3): for each {@link Duty} it names, a command
 * of that duty refuses an actor at {@link Assurance#PASSWORD} with a precise reason, "enrol first" for a holder
 * with no factor yet and "sign in with your second factor" otherwise. The modules' builders default to
 * {@link #none()} (docs/decisions/0006): a host turns it on, usually with {@link #keyHolders}.
 *
 * @param duties the duties that need a second factor
 * @param directory which accounts have a factor
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record FactorPolicy(Set<Duty> duties, FactorDirectory directory) {

  /** Copies the duties. */
  public FactorPolicy {
    duties = duties.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(duties));
  }

  /** What an actor does that may need a second factor. */
  public enum Duty {
    /** A focal point's decisions: who may speak for an organisation, who gets the members-only TIES services. */
    FOCAL_POINT,
    /** The operator's desk: decisions on accounts, affiliations and seats. */
    OPERATOR
  }

  /** {@return the policy that asks no one for a second factor} */
  public static FactorPolicy none() {
    return new FactorPolicy(Set.of(), FactorDirectory.NONE);
  }

  /**
   * The usual policy: focal points and operators, the people who hold the keys.
   *
   * @param directory which accounts have a factor ({@code UserAccounts.secondFactors()})
   * @return the policy
   */
  public static FactorPolicy keyHolders(FactorDirectory directory) {
    return new FactorPolicy(EnumSet.allOf(Duty.class), directory);
  }

  /**
   * {@return whether the duty needs a second factor}
   *
   * @param duty the duty
   */
  public boolean requires(Duty duty) {
    return duties.contains(duty);
  }

  /**
   * Refuses an actor who acts in a duty that needs a second factor without having passed one.
   *
   * @param duty the duty the command is
   * @param actor who acts
   * @throws PreconditionFailed {@code account.second-factor-enrolment-required} for a holder with no factor,
   *     {@code account.second-factor-required} for anyone else at {@link Assurance#PASSWORD}
   */
  public void check(Duty duty, Actor actor) {
    if (!requires(duty) || actor.assurance() == Assurance.SECOND_FACTOR || actor instanceof Actor.System) {
      return;
    }
    if (actor instanceof Actor.AccountHolder holder && directory.factorsOf(holder.account()).isEmpty()) {
      throw new PreconditionFailed(AccountRefusals.SECOND_FACTOR_ENROLMENT_REQUIRED,
          "this needs a second factor: enrol one first");
    }
    throw new PreconditionFailed(AccountRefusals.SECOND_FACTOR_REQUIRED,
        "this needs a second factor: sign in with it");
  }
}
