/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.EmailAddress;

/**
 * A map of account summaries standing in for the account module (the affiliation test kit's stub is not on the
 * main classpath): the benchmarks measure the affiliation module, not the account store.
 */
public final class Directory implements AccountDirectory {

  private final Map<AccountId, AccountSummary> accounts = new ConcurrentHashMap<>();

  @Override
  public Optional<AccountSummary> find(AccountId id) {
    return Optional.ofNullable(accounts.get(id));
  }

  /**
   * Adds an active English-speaking account.
   *
   * @param first first name
   * @param last last name
   * @param serial makes the address unique
   * @return the account
   */
  public AccountSummary active(String first, String last, long serial) {
    AccountSummary a = new AccountSummary(AccountId.random(),
        EmailAddress.of(first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + serial + "@example.org"),
        first, last, Locale.ENGLISH, AccountStatus.ACTIVE);
    accounts.put(a.id(), a);
    return a;
  }
}
