/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.testkit;

import java.util.List;
import java.util.function.UnaryOperator;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.SignUp;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.VerifyEmail;
import org.memberportal.account.inmemory.InMemoryAccountModule;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.kernel.testkit.MutableClock;

/**
 * The account module on in-memory adapters with a mutable clock and the fast hasher, plus shortcuts to read
 * what it emailed and to create verified accounts.
 */
public final class AccountWorld {

  /** The clock, starting at {@link MutableClock#START}. */
  public final MutableClock clock = MutableClock.atStart();

  /** The in-memory host. */
  public final InMemoryHost host = new InMemoryHost(clock);

  /** The counting fast hasher the service uses. */
  public final TestHashing.Counting hasher = TestHashing.counting();

  /** The key source of the codes' keyed hash (and of the grouping of requesters). */
  public final RandomSecrets secrets = new RandomSecrets();

  /** The wired module. */
  public final InMemoryAccountModule module;

  /** The service. */
  public final UserAccounts accounts;

  /** A world with the default configuration (but the fast hasher). */
  public AccountWorld() {
    this(UnaryOperator.identity());
  }

  /**
   * A world with an adjusted configuration.
   *
   * @param configure adjusts the builder (the fast hasher is already set)
   */
  public AccountWorld(UnaryOperator<UserAccounts.Builder> configure) {
    this.module = new InMemoryAccountModule(host, b -> configure.apply(b.hasher(hasher).secrets(secrets)));
    this.accounts = module.accounts();
  }

  /**
   * Notifications queued for an address, of a kind, oldest first.
   *
   * @param email the address
   * @param kind the kind
   * @return the notifications
   */
  public List<Notification> mails(String email, String kind) {
    EmailAddress to = EmailAddress.of(email);
    return host.outbox().entries().stream()
        .map(Outbox.Entry::notification)
        .filter(n -> n.recipient().equals(to) && n.kind().equals(kind))
        .toList();
  }

  /**
   * The code in the latest notification of a kind to an address.
   *
   * @param email the address
   * @param kind the kind, e.g. {@link AccountNotifications#VERIFICATION_CODE}
   * @return the code
   */
  public Secret lastCode(String email, String kind) {
    List<Notification> all = mails(email, kind);
    if (all.isEmpty()) {
      throw new AssertionError("no " + kind + " mail to " + email);
    }
    return Secret.of(all.get(all.size() - 1).parameters().get(AccountNotifications.CODE));
  }

  /**
   * Signs up and verifies an account.
   *
   * @param command the sign-up
   * @return the new, active account's id
   */
  public AccountId activeAccount(SignUp command) {
    accounts.signUp(command, Actor.anonymous());
    String email = java.util.Objects.requireNonNull(command.email());
    return accounts.verifyEmail(VerifyEmail.builder()
        .email(email)
        .code(lastCode(email, AccountNotifications.VERIFICATION_CODE))
        .build(), Actor.anonymous()).value().id();
  }

  /**
   * Signs up and verifies an account from the fixtures.
   *
   * @param email the address
   * @return the account's id
   */
  public AccountId activeAccount(String email) {
    return activeAccount(AccountFixtures.signUp(email).build());
  }

  /**
   * Every event recorded so far.
   *
   * @return the events
   */
  public List<DomainEvent> events() {
    return host.eventLog().all();
  }
}
