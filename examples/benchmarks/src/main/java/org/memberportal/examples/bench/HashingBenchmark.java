/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.memberportal.account.Account;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.SignIn;
import org.memberportal.account.SignInResult;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.account.inmemory.InMemoryAccountModule;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B6: the default hasher's verify time at its production parameters, and the sign-in cost for a known address
 * (right password) against an unknown one, which must cost the same so that timing does not reveal accounts.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// three forks a side, their iterations pooled: with one, the fork-to-fork spread on a quiet machine (27 to 44 ms
// for the same sign-in) decided the ratio
@Fork(value = 3, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class HashingBenchmark {

  static final String PASSWORD = "correct horse battery staple 42";

  /** The account module with its default hasher and one active account. */
  @State(Scope.Benchmark)
  public static class Accounts {
    PasswordHashing hasher;
    PasswordHash stored;
    InMemoryAccountModule module;
    SignIn known;
    SignIn unknown;

    /** Wires the module and stores the account. */
    @Setup(Level.Trial)
    public void prepare() {
      hasher = PasswordHashing.argon2id();
      stored = hasher.hash(Secret.of(PASSWORD));
      InMemoryHost kernel = new InMemoryHost(Clock.systemUTC());
      module = new InMemoryAccountModule(kernel);
      Account account = Account.builder().id(AccountId.random()).email(EmailAddress.of("known@example.org"))
          .firstName("Kim").lastName("Known").language(Locale.ENGLISH).newsletter(false)
          .status(AccountStatus.ACTIVE).password(stored).createdAt(kernel.host().clock().instant()).build();
      kernel.transactions().inTransaction(() -> {
        module.store().add(account);
        return null;
      });
      known = SignIn.builder().email("known@example.org").password(Secret.of(PASSWORD)).build();
      unknown = SignIn.builder().email("nobody@example.org").password(Secret.of(PASSWORD)).build();
    }
  }

  /**
   * Verifies a password against its stored hash.
   *
   * @param s the state
   * @return whether it matched
   */
  @Benchmark
  public boolean verify(Accounts s) {
    return s.hasher.matches(Secret.of(PASSWORD), s.stored);
  }

  /**
   * Signs in with a known address and the right password.
   *
   * @param s the state
   * @return the result
   */
  @Benchmark
  public Outcome<SignInResult> signInKnown(Accounts s) {
    return s.module.accounts().signIn(s.known, Actor.anonymous());
  }

  /**
   * Signs in with an address no account has.
   *
   * @param s the state
   * @return the result
   */
  @Benchmark
  public Outcome<SignInResult> signInUnknown(Accounts s) {
    return s.module.accounts().signIn(s.unknown, Actor.anonymous());
  }
}
