/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Who performs a command, as the host authenticated them, and the language they read. The library authorises
 * every command against the actor; it never authenticates.
 *
 * <p>The kernel knows the kinds of actor every module shares: a visitor, an account holder, the operator's staff
 * and the library itself. A module adds its own kinds as records implementing this interface (careers-core's
 * {@code Candidate} and {@code Recruiter}); a module's rules recognise the kinds they know and treat any other
 * actor as a stranger.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Actor {

  /**
   * The language in which messages for this actor are rendered.
   *
   * @return the locale
   */
  Locale locale();

  /**
   * The same actor reading another language.
   *
   * @param locale the language
   * @return a copy with that locale
   */
  Actor in(Locale locale);

  /**
   * How the host authenticated this actor; only an account holder or an operator the host saw pass a second factor
   * is {@link Assurance#SECOND_FACTOR}.
   *
   * @return the assurance, {@link Assurance#PASSWORD} by default
   * @since 0.2.0
   */
  default Assurance assurance() {
    return Assurance.PASSWORD;
  }

  /**
   * Whether this actor is the signed-in holder of the account: the rule by which a holder reads and acts on their
   * own account's records.
   *
   * @param account the account
   * @return true for the {@link AccountHolder} of that account only
   * @since 0.2.0
   */
  default boolean holds(AccountId account) {
    return this instanceof AccountHolder h && h.account().equals(account);
  }

  /**
   * A visitor who is not signed in.
   *
   * @return the anonymous actor in English
   */
  static Anonymous anonymous() {
    return new Anonymous(Locale.ENGLISH);
  }

  /**
   * A signed-in account holder.
   *
   * @param account the account
   * @return the actor in English
   */
  static AccountHolder account(AccountId account) {
    return new AccountHolder(account, Locale.ENGLISH);
  }

  /**
   * A member of the operator's staff (service desk, administrators).
   *
   * @param staff the staff member
   * @return the actor in English
   */
  static Operator operator(StaffId staff) {
    return new Operator(staff, Locale.ENGLISH);
  }

  /**
   * The library itself, for reactions to events and host-run ticks.
   *
   * @param process what runs, e.g. {@code "reminders"}
   * @return the actor in English
   */
  static System system(String process) {
    return new System(process, Locale.ENGLISH);
  }

  /**
   * A visitor who is not signed in.
   *
   * @param locale the visitor's language
   */
  record Anonymous(Locale locale) implements Actor {
    @Override
    public Anonymous in(Locale locale) {
      return new Anonymous(locale);
    }
  }

  /**
   * A signed-in account holder.
   *
   * @param account the account
   * @param locale the holder's language
   * @param assurance how the host authenticated them (since 0.2.0)
   */
  record AccountHolder(AccountId account, Locale locale, Assurance assurance) implements Actor {

    /**
     * A holder signed in with a password only.
     *
     * @param account the account
     * @param locale the holder's language
     */
    public AccountHolder(AccountId account, Locale locale) {
      this(account, locale, Assurance.PASSWORD);
    }

    @Override
    public AccountHolder in(Locale locale) {
      return new AccountHolder(account, locale, assurance);
    }

    /**
     * The same holder once they passed a second factor.
     *
     * @return a copy at {@link Assurance#SECOND_FACTOR}
     * @since 0.2.0
     */
    public AccountHolder withSecondFactor() {
      return new AccountHolder(account, locale, Assurance.SECOND_FACTOR);
    }
  }

  /**
   * A member of the operator's staff.
   *
   * @param staff the staff member
   * @param locale their language
   * @param assurance how the host authenticated them (since 0.2.0)
   */
  record Operator(StaffId staff, Locale locale, Assurance assurance) implements Actor {

    /**
     * A member of staff signed in with a password only.
     *
     * @param staff the staff member
     * @param locale their language
     */
    public Operator(StaffId staff, Locale locale) {
      this(staff, locale, Assurance.PASSWORD);
    }

    @Override
    public Operator in(Locale locale) {
      return new Operator(staff, locale, assurance);
    }

    /**
     * The same member of staff once the host saw them pass a second factor (the staff's own sign-in).
     *
     * @return a copy at {@link Assurance#SECOND_FACTOR}
     * @since 0.2.0
     */
    public Operator withSecondFactor() {
      return new Operator(staff, locale, Assurance.SECOND_FACTOR);
    }
  }

  /**
   * The library itself.
   *
   * @param process what runs
   * @param locale the language of messages it produces
   */
  record System(String process, Locale locale) implements Actor {
    @Override
    public System in(Locale locale) {
      return new System(process, locale);
    }
  }
}
