/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.Acknowledgement;
import org.memberportal.account.credential.Credentials;
import org.memberportal.account.credential.PasswordContext;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.port.StaffDirectory;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing up for a careers account (C1): careers' own rule first, current staff are refused (they use the internal
 * employee profile; consultants, interns and loaned staff are accepted), whether they say so or the staff directory
 * does; then the password policy and the credential flow's uniform sign-up.
 */
final class SigningUpCandidates {

  private static final Logger LOG = LoggerFactory.getLogger(CareersAccounts.class);

  private final Credentials<CandidateAccount> credentials;
  private final CandidateHolders holders;
  private final StaffDirectory staff;

  SigningUpCandidates(Credentials<CandidateAccount> credentials, CandidateHolders holders, StaffDirectory staff) {
    this.credentials = credentials;
    this.holders = holders;
    this.staff = staff;
  }

  /** Signs a visitor up, as {@link CareersAccounts#createAccount} states it. */
  Outcome<Acknowledgement> createAccount(CreateCandidateAccount command, Actor actor) {
    Validation.check(command, actor);
    holders.requireVisitor(actor);
    EmailAddress email = EmailAddress.of(value(command.email()));
    if (value(command.relation()).barred() || staff.relationOf(email).barred()) {
      LOG.info("careers sign-up refused for current staff {}", email.masked());
      throw new PreconditionFailed(CareersRefusals.CANDIDATE_CURRENT_STAFF,
          "current staff members use the internal employee profile, not an external careers account");
    }
    credentials.policy().check(command,
        PasswordContext.of(email.key(), value(command.firstName()), value(command.lastName())), actor.locale());
    return credentials.signUp(email, value(command.password()), actor, (hash, now) -> CandidateAccount.builder()
        .id(CandidateId.random()).email(email)
        .firstName(value(command.firstName()).strip()).lastName(value(command.lastName()).strip())
        .language(value(command.language())).relation(value(command.relation()))
        .status(CandidateAccountStatus.AWAITING_VERIFICATION).password(hash).createdAt(now).version(0).build())
        .map(Acknowledgement::new);
  }

  private static <T> T value(@Nullable T validated) {
    // validation has rejected nulls before any use
    return Objects.requireNonNull(validated);
  }
}
