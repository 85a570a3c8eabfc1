/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.testkit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.AccountEvent;
import org.memberportal.account.AccountEvent.EmailVerified;
import org.memberportal.account.factor.FactorKind;
import org.memberportal.account.factor.FactorPolicy;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.StaffId;

/**
 * A fake of the account module's {@link AccountDirectory}: accounts made by hand, and an email verification that
 * publishes {@link EmailVerified} on the host's bus like the account module does. Thread-safe.
 */
public final class AccountsStub implements AccountDirectory {

  private final Host host;
  private final Map<AccountId, AccountSummary> accounts = new ConcurrentHashMap<>();
  private final AtomicInteger serial = new AtomicInteger();
  private final Set<AccountId> enrolled = ConcurrentHashMap.newKeySet();
  private FactorPolicy factorPolicy = FactorPolicy.none();

  /**
   * Creates an empty directory.
   *
   * @param host the host whose bus receives {@link EmailVerified}
   */
  public AccountsStub(Host host) {
    this.host = host;
  }

  /**
   * Makes the accounts answer with the host's second-factor policy, as {@code UserAccounts} built with one does.
   *
   * @param policy the policy
   */
  public void requireSecondFactors(FactorPolicy policy) {
    this.factorPolicy = policy;
  }

  /**
   * Makes the accounts answer with the key holders' policy ({@link FactorPolicy#keyHolders}: focal points and
   * operators), under which an account has a factor once {@link #enrolSecondFactor} was called for it.
   */
  public void requireSecondFactorsOfKeyHolders() {
    requireSecondFactors(FactorPolicy.keyHolders(account -> enrolled.contains(account) ? Set.of(FactorKind.TOTP)
        : Set.of()));
  }

  /**
   * Gives an account an authenticator app, for the key holders' policy.
   *
   * @param account the account
   */
  public void enrolSecondFactor(AccountId account) {
    enrolled.add(account);
  }

  @Override
  public FactorPolicy factorPolicy() {
    return factorPolicy;
  }

  @Override
  public Optional<AccountSummary> find(AccountId id) {
    return Optional.ofNullable(accounts.get(id));
  }

  /**
   * Adds an account.
   *
   * @param firstName first name
   * @param lastName last name
   * @param status its status
   * @param language its language
   * @return the account
   */
  public AccountSummary add(String firstName, String lastName, AccountStatus status, Locale language) {
    String local = Normalizer.normalize(firstName + "." + lastName, Normalizer.Form.NFKD)
        .replaceAll("[^A-Za-z.]", "").toLowerCase(Locale.ROOT);
    AccountSummary a = new AccountSummary(AccountId.random(),
        EmailAddress.of(local + serial.incrementAndGet() + "@example.org"), firstName, lastName, language, status);
    accounts.put(a.id(), a);
    return a;
  }

  /**
   * Adds a verified, active account in English with the address it was given.
   *
   * @param firstName first name
   * @param lastName last name
   * @param email the address, as the person typed it
   * @return the account
   */
  public AccountSummary activeWithEmail(String firstName, String lastName, String email) {
    AccountSummary a = new AccountSummary(AccountId.random(), EmailAddress.of(email), firstName, lastName,
        Locale.ENGLISH, AccountStatus.ACTIVE);
    accounts.put(a.id(), a);
    return a;
  }

  /**
   * Adds a verified, active account in English.
   *
   * @param firstName first name
   * @param lastName last name
   * @return the account
   */
  public AccountSummary active(String firstName, String lastName) {
    return add(firstName, lastName, AccountStatus.ACTIVE, Locale.ENGLISH);
  }

  /**
   * Adds an account that signed up and has not verified its email yet.
   *
   * @param firstName first name
   * @param lastName last name
   * @return the account
   */
  public AccountSummary unverified(String firstName, String lastName) {
    return add(firstName, lastName, AccountStatus.AWAITING_VERIFICATION, Locale.ENGLISH);
  }

  /**
   * Verifies an account's email: it becomes active and {@link EmailVerified} is published in a command.
   *
   * @param account the account
   */
  public void verify(AccountId account) {
    host.command(() -> {
      AccountSummary a = accounts.get(account);
      AccountSummary active = new AccountSummary(a.id(), a.email(), a.firstName(), a.lastName(), a.language(),
          AccountStatus.ACTIVE);
      accounts.put(account, active);
      return Outcome.of(active, new EmailVerified(host.clock().instant(), Actor.account(account), account));
    });
  }

  /**
   * Erases an unverified sign-up as the account module's expiry tick does, publishing its event.
   *
   * @param account the account
   */
  public void expire(AccountId account) {
    host.command(() -> {
      AccountSummary gone = accounts.remove(account);
      return Outcome.of(gone, new AccountEvent.SignUpExpired(host.clock().instant(), Actor.system("expiry"), account));
    });
  }

  /**
   * Closes an account as the operator does through the account module, publishing its event.
   *
   * @param account the account
   */
  public void close(AccountId account) {
    host.command(() -> {
      AccountSummary closed = setStatus(account, AccountStatus.CLOSED);
      return Outcome.of(closed, new AccountEvent.Closed(host.clock().instant(),
          Actor.operator(StaffId.random()), account, "closed at the holder's request"));
    });
  }

  /**
   * Changes an account's status without an event (suspension, closure).
   *
   * @param account the account
   * @param status the new status
   * @return the account as it now stands
   */
  public AccountSummary setStatus(AccountId account, AccountStatus status) {
    return accounts.computeIfPresent(account, (k, a) ->
        new AccountSummary(a.id(), a.email(), a.firstName(), a.lastName(), a.language(), status));
  }
}
