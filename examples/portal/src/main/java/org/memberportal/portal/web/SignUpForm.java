/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import org.jspecify.annotations.Nullable;

/**
 * The sign-up page's form, in the seed's three steps: personal details and password; the organisation
 * (membership type, Member State or country, organisation, or the data of one not found, and the TIES tick);
 * newsletter and terms.
 *
 * @param email the address
 * @param firstName the first name
 * @param lastName the last name
 * @param title the title, if any
 * @param gender the gender
 * @param jobTitle the job title, if any
 * @param professionalRole the professional role
 * @param preferredLanguage the preferred language
 * @param password the password
 * @param passwordConfirmation the password again
 * @param membershipType the membership type chosen (filters the organisations)
 * @param memberState the Member State or country chosen (filters the organisations)
 * @param organisation the organisation chosen, if any
 * @param notFound whether the reader enters the data of an organisation not found instead
 * @param name the name of the organisation not found (the paths of the library's violations)
 * @param country its country
 * @param address its address
 * @param website its website
 * @param wantsTiesAccess "I want to Request TIES access"
 * @param newsletter the newsletter
 * @param termsAccepted the terms
 */
public record SignUpForm(@Nullable String email, @Nullable String firstName, @Nullable String lastName,
    @Nullable String title, @Nullable String gender, @Nullable String jobTitle, @Nullable String professionalRole,
    @Nullable String preferredLanguage, @Nullable String password, @Nullable String passwordConfirmation,
    @Nullable String membershipType, @Nullable String memberState, @Nullable String organisation,
    @Nullable Boolean notFound, @Nullable String name, @Nullable String country, @Nullable String address,
    @Nullable String website, @Nullable Boolean wantsTiesAccess, @Nullable Boolean newsletter,
    @Nullable Boolean termsAccepted) {

  /** An empty form. */
  static SignUpForm empty() {
    return new SignUpForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null);
  }

  /** The same form without what is never sent back to the browser. */
  SignUpForm withoutPasswords() {
    return new SignUpForm(email, firstName, lastName, title, gender, jobTitle, professionalRole, preferredLanguage,
        null, null, membershipType, memberState, organisation, notFound, name, country, address, website,
        wantsTiesAccess, newsletter, termsAccepted);
  }

  static boolean ticked(@Nullable Boolean box) {
    return Boolean.TRUE.equals(box);
  }

  static @Nullable String text(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
