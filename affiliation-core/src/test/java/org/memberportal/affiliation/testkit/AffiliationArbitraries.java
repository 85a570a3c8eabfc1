/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.RegisterOrganisation;

/** jqwik generators for the affiliation module's domain types. */
public final class AffiliationArbitraries {

  private AffiliationArbitraries() {}

  /**
   * Organisation names mixing letters with and without accents, capitals and single spaces.
   *
   * @return names of 2 to 5 words
   */
  public static Arbitrary<String> organisationNames() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéèêëàâäîïôöùûüçñåÉÈÀÇÖÜ")
        .ofMinLength(1).ofMaxLength(10)
        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
    return word.list().ofMinSize(2).ofMaxSize(5).map(ws -> String.join(" ", ws));
  }

  /**
   * Membership types.
   *
   * @return any type
   */
  public static Arbitrary<MembershipType> membershipTypes() {
    return Arbitraries.of(MembershipType.class);
  }

  /**
   * Countries, from a small set so that filters have something to find.
   *
   * @return ISO codes
   */
  public static Arbitrary<String> countries() {
    return Arbitraries.of("CH", "FR", "DE", "SN", "BR", "JP");
  }

  /**
   * Valid commands registering an organisation.
   *
   * @return commands
   */
  public static Arbitrary<RegisterOrganisation> registrations() {
    return Combinators.combine(organisationNames(), membershipTypes(), countries())
        .as((n, t, c) -> RegisterOrganisation.builder().name(n).membershipType(t).country(c).build());
  }
}
