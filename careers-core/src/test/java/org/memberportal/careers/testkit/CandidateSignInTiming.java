/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.account.testkit.PasswordEdges;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.careers.candidate.CandidateAccountStatus;
import org.memberportal.careers.candidate.CandidateSignIn;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Secret;

/** The timing of a failed careers sign-in after a change of hasher, measured as {@link PasswordEdges} does. */
public final class CandidateSignInTiming {

  private CandidateSignInTiming() {}

  /**
   * A failed sign-in to careers accounts: an account whose hash was made by {@code former}, the service now on
   * {@code current} with {@code former} declared, against unknown addresses. The clock moves half a day between
   * rounds so that the account is never locked.
   *
   * @param former the hasher the account's hash was made with
   * @param current the hasher the service has now
   * @param rounds how many rounds
   * @return the timing
   */
  public static PasswordEdges.Timing measure(PasswordHasher former, PasswordHasher current, int rounds) {
    CareersWorld world = new CareersWorld();
    String email = "lena.petrova@example.org";
    world.kernel.host().command(() -> {
      CandidateId id = CandidateId.random();
      world.accounts.add(CandidateAccount.builder().id(id).email(EmailAddress.of(email)).firstName("Lena")
          .lastName("Petrova").language(Locale.ENGLISH).relation(StaffRelation.NONE)
          .status(CandidateAccountStatus.ACTIVE).password(former.hash(Secret.of("Blue-Heron-42-Lake")))
          .createdAt(world.now()).version(1).build());
      return new Outcome<>(id, List.of());
    });
    CareersAccounts service = CareersAccounts.builder().host(world.kernel.host()).accounts(world.accounts)
        .codes(world.codes).secrets(new RandomSecrets()).staff(world.staff).hasher(current)
        .formerHashers(List.of(former)).build();
    Secret wrong = Secret.of("Not-The-Password-9");
    int[] unknowns = {0};
    return PasswordEdges.interleaved(
        () -> service.signIn(CandidateSignIn.builder().email("nobody" + unknowns[0]++ + "@example.org")
            .password(wrong).build(), Actor.anonymous()),
        () -> {
          world.clock.advance(Duration.ofHours(13));
          service.signIn(CandidateSignIn.builder().email(email).password(wrong).build(), Actor.anonymous());
        },
        rounds);
  }
}
