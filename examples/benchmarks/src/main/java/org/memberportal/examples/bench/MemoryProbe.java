/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.memberportal.account.Account;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.account.inmemory.InMemoryAccounts;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesOrigin;
import org.memberportal.ties.access.TiesRequest;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.inmemory.InMemoryTiesAccountRegister;

/**
 * B5: the heap an in-memory user account retains with its approved affiliation and TIES grant, from the heap used after a full
 * collection before and after loading the stores (no agent needed). Each account has its own Argon2id hash text
 * of production length (random salt and digest, not derived: deriving a million would take hours). The
 * affiliations are in the benchmark's own {@link CompactAffiliationRegister}, which keeps the memory tricks the
 * library's reference adapter no longer plays.
 */
public final class MemoryProbe {

  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

  private MemoryProbe() {}

  /**
   * Measures at the given number of accounts and prints {@code bytes-per-account <n>}.
   *
   * @param args the number of accounts (default 1,000,000)
   */
  public static void main(String[] args) {
    int accounts = args.length == 0 ? 1_000_000 : Integer.parseInt(args[0]);
    System.out.println("bytes-per-account " + bytesPerAccount(accounts));
  }

  /**
   * Loads the stores and returns the retained heap per account.
   *
   * @param count how many accounts
   * @return bytes per account
   */
  public static double bytesPerAccount(int count) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    InMemoryHost kernel = new InMemoryHost(Clock.systemUTC());
    InMemoryAccounts accounts = new InMemoryAccounts(kernel.transactions());
    CompactAffiliationRegister affiliations = new CompactAffiliationRegister(kernel.transactions());
    InMemoryTiesAccountRegister ties = new InMemoryTiesAccountRegister(kernel.transactions());
    long before = settledHeap(memory);
    SplittableRandom random = new SplittableRandom(5);
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    AccountId focalPoint = AccountId.random();
    int batch = 10_000;
    for (int from = 0; from < count; from += batch) {
      int start = from;
      kernel.transactions().inTransaction(() -> {
        for (int i = start; i < Math.min(start + batch, count); i++) {
          Account account = Account.builder().id(AccountId.random())
              .email(EmailAddress.of("firstname.lastname" + i + "@example-organisation.org"))
              .firstName("Firstname" + (i % 5000)).lastName("Lastname" + i).language(Locale.ENGLISH)
              .newsletter(false).termsAcceptedAt(at).status(AccountStatus.ACTIVE).password(hash(random))
              .createdAt(at.plusSeconds(i)).build();
          accounts.add(account);
          Affiliation affiliation = affiliations.add(Affiliation.builder().id(AffiliationId.random()).account(account.id())
              .organisation(new OrganisationId(new UUID(1, i / 100))).membershipType(MembershipType.SECTOR_MEMBER)
              .state(AffiliationState.APPROVED).wantsTiesAccess(i % 10 == 0).requestedAt(at).submittedAt(at)
              .decidedAt(at).decidedBy(focalPoint).decidedAs(FocalPointRole.ITU).build());
          ties.add(TiesAccount.builder().account(account.id())
              .addRequests(new TiesRequest(affiliation.organisation(), affiliation.id(), TiesOrigin.USER_REQUEST, at,
                  TiesState.ACTIVE, Optional.of(at), Optional.empty()))
              .decidedBy(focalPoint).changedAt(at).build());
        }
        return null;
      });
    }
    long after = settledHeap(memory);
    Reference.reachabilityFence(accounts);
    Reference.reachabilityFence(affiliations);
    Reference.reachabilityFence(ties);
    Reference.reachabilityFence(kernel);
    return (double) (after - before) / count;
  }

  private static PasswordHash hash(SplittableRandom random) {
    byte[] salt = new byte[16];
    byte[] digest = new byte[32];
    random.nextBytes(salt);
    random.nextBytes(digest);
    return PasswordHash.of("$argon2id$v=19$m=19456,t=2,p=1$" + B64.encodeToString(salt) + "$"
        + B64.encodeToString(digest));
  }

  private static long settledHeap(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    // a few full collections until the figure stops falling
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
