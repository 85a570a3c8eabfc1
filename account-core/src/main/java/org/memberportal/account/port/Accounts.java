/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.memberportal.account.Account;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.credential.HolderStore;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.SearchKey;

/**
 * Port: the store of user accounts. It keeps one account per normalised email address, even when two
 * sign-ups race, and owns the version: {@link #add} stores a new account at version 1, {@link #update} moves it on,
 * and a write based on a stale version is refused with {@link KernelRefusals#STALE_VERSION}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Accounts extends HolderStore<Account> {

  /**
   * Reason of the {@link org.memberportal.kernel.Conflict} for an address already used by another account: {@link
   * AccountRefusals#EMAIL_TAKEN}, named here for the store's implementors.
   */
  String EMAIL_TAKEN = AccountRefusals.EMAIL_TAKEN;

  /**
   * Finds an account by id.
   *
   * @param id the account
   * @return the account, if stored
   */
  Optional<Account> find(AccountId id);

  /**
   * Finds several accounts by id, for pages that show many (a focal point's "Manage my users"). A database
   * adapter answers in one query; this default asks {@link #find} for each.
   *
   * @param ids the accounts
   * @return the stored ones among them, by id (unknown ids are left out)
   */
  default Map<AccountId, Account> findAll(Collection<AccountId> ids) {
    return ids.stream().distinct().flatMap(id -> find(id).stream()).collect(Collectors.toMap(Account::id, a -> a));
  }

  /**
   * Finds the account whose current address has the same normalised key.
   *
   * @param email the address
   * @return the account, if any
   */
  @Override
  Optional<Account> findByEmail(EmailAddress email);

  /**
   * The account as stored now ({@link #find} by its id), for the credential flows.
   *
   * @param holder an account read earlier
   * @return the same account as stored now, or empty when it is gone
   */
  @Override
  default Optional<Account> current(Account holder) {
    return find(holder.id());
  }

  /**
   * One page of the accounts whose {@link #nameWords} hold every word of {@code SearchKey.words(name)}, sorted
   * by {@link #nameKey}, then by id as text.
   *
   * @param name the name or words of it, as typed (with at least one word)
   * @param page the page number, from 0
   * @param size the page size
   * @return the page, with the number of all matching accounts
   */
  Page<Account> findByName(String name, int page, int size);

  /**
   * The words of an account's names that a look-up by name matches: those of "first name last name", case and
   * accents folded ({@link SearchKey#words}).
   *
   * @param firstName the first name
   * @param lastName the last name
   * @return the folded words
   */
  static List<String> nameWords(String firstName, String lastName) {
    return SearchKey.words(firstName + " " + lastName);
  }

  /**
   * What a look-up by name sorts by: "last name first name", case and accents folded ({@link SearchKey#of}).
   *
   * @param firstName the first name
   * @param lastName the last name
   * @return the folded key
   */
  static String nameKey(String firstName, String lastName) {
    return SearchKey.of(lastName + " " + firstName);
  }

  /**
   * Stores a new account.
   *
   * @param account the account, as built (version 0)
   * @return the stored account, at version 1
   * @throws org.memberportal.kernel.Conflict {@link #EMAIL_TAKEN} when another account has the address, {@link
   *     AccountRefusals#ID_TAKEN} when one has the id
   */
  @Override
  Account add(Account account);

  /**
   * Replaces an account, checking that nobody changed it since it was read.
   *
   * @param account the changed account, carrying the version it was read at
   * @return the stored account, at the next version
   * @throws org.memberportal.kernel.Conflict {@link KernelRefusals#STALE_VERSION} when the stored version
   *     differs, or {@link #EMAIL_TAKEN} when its new address belongs to another account
   * @throws org.memberportal.kernel.NotFound when the account is not stored
   */
  @Override
  Account update(Account account);

  /**
   * Erases an account and frees its address.
   *
   * @param id the account
   * @param version the version it was read at
   * @throws org.memberportal.kernel.Conflict {@link KernelRefusals#STALE_VERSION} when the stored version differs
   */
  void remove(AccountId id, long version);

  /**
   * Accounts still awaiting verification of their address that were created before a cut-off.
   *
   * @param cutoff the instant
   * @return those accounts, oldest first
   */
  List<Account> unverifiedCreatedBefore(Instant cutoff);
}
