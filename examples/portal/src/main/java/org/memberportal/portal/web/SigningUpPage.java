/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.Arrays;
import java.util.Optional;
import org.memberportal.account.AccountEvent;
import org.memberportal.account.SignUp;
import org.memberportal.account.UserAccounts;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.organisation.EnterOrganisation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Secret;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-up page's one transaction: the account, then, for a new account, the organisation entered (when not
 * found in the directory) and the affiliation request with the TIES tick; a refusal of any of them changes nothing.
 * The answer is the same whether or not the address already had an account.
 */
@Component
public class SigningUpPage {

  private final UserAccounts accounts;
  private final Organisations organisations;
  private final Affiliations affiliations;

  /**
   * Makes the use case.
   *
   * @param accounts the accounts
   * @param organisations the directory
   * @param affiliations the affiliation requests
   */
  public SigningUpPage(UserAccounts accounts, Organisations organisations, Affiliations affiliations) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.affiliations = affiliations;
  }

  /**
   * Signs the reader up with the form.
   *
   * @param form the form
   * @param actor the visitor
   * @throws org.memberportal.kernel.PortalException when the library refuses (nothing changed)
   */
  @Transactional
  public void signUp(SignUpForm form, Actor actor) {
    Outcome<?> outcome = accounts.signUp(SignUp.builder().email(SignUpForm.text(form.email()))
        .firstName(SignUpForm.text(form.firstName())).lastName(SignUpForm.text(form.lastName()))
        .title(SignUpForm.text(form.title())).gender(SignUpForm.text(form.gender()))
        .jobTitle(SignUpForm.text(form.jobTitle())).professionalRole(SignUpForm.text(form.professionalRole()))
        .preferredLanguage(SignUpForm.text(form.preferredLanguage()))
        .password(form.password() == null ? null : Secret.of(form.password()))
        .passwordConfirmation(form.passwordConfirmation() == null ? null : Secret.of(form.passwordConfirmation()))
        .newsletter(SignUpForm.ticked(form.newsletter())).termsAccepted(SignUpForm.ticked(form.termsAccepted()))
        .organisationName(SignUpForm.text(form.name()))
        .build(), actor);
    Optional<AccountId> account = outcome.events().stream().filter(AccountEvent.SignedUp.class::isInstance)
        .map(e -> ((AccountEvent.SignedUp) e).account()).findFirst();
    if (account.isEmpty()) {
      return;
    }
    Actor holder = Actor.account(account.get()).in(actor.locale());
    OrganisationId organisation = SignUpForm.ticked(form.notFound()) ? enter(form, holder)
        : SignUpForm.text(form.organisation()) == null ? null : OrganisationId.of(form.organisation());
    if (organisation != null) {
      affiliations.request(RequestAffiliation.builder().account(account.get()).organisation(organisation)
          .wantsTiesAccess(SignUpForm.ticked(form.wantsTiesAccess())).build(), holder);
    }
  }

  private OrganisationId enter(SignUpForm form, Actor holder) {
    EnterOrganisation.Builder entered = EnterOrganisation.builder().name(SignUpForm.text(form.name()))
        .country(SignUpForm.text(form.country())).address(Optional.ofNullable(SignUpForm.text(form.address())))
        .website(Optional.ofNullable(SignUpForm.text(form.website())));
    Arrays.stream(MembershipType.values()).filter(type -> type.name().equals(form.membershipType())).findFirst()
        .ifPresent(entered::declaredMembershipType);
    return organisations.enter(entered.build(), holder).value().id();
  }
}
