/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

class PasswordPolicyTests {

  private static final PasswordPolicy SEED = PasswordPolicy.seed();
  private static final PasswordContext ADA = PasswordContext.of("ada.lovelace@example.org", "Ada", "Lovelace");

  private static Set<PasswordRule> broken(PasswordPolicy policy, String password) {
    return policy.broken(Secret.of(password), Secret.of(password), ADA);
  }

  @Test
  void acceptsAPasswordThatFollowsEveryRule() {
    assertThat(broken(SEED, "Blue-Heron-Sky-42")).isEmpty();
  }

  @Test
  void rejectsPasswordShorterThanEightCharacters() {
    assertThat(broken(SEED, "Bh-Sk42")).containsExactly(PasswordRule.MIN_LENGTH);
  }

  @Test
  void acceptsPasswordsOfSixtyFourCharactersAndRejectsBeyondTheMaximum() {
    String sixtyFour = "Aa1!" + "x".repeat(60);
    assertThat(broken(SEED, sixtyFour)).isEmpty();
    assertThat(broken(SEED, "Aa1!" + "x".repeat(125))).containsExactly(PasswordRule.MAX_LENGTH);
  }

  @Test
  void rejectsPasswordWithoutUppercaseLetter() {
    assertThat(broken(SEED, "blue-heron-sky-42")).containsExactly(PasswordRule.UPPERCASE);
  }

  @Test
  void rejectsPasswordWithoutLowercaseLetter() {
    assertThat(broken(SEED, "BLUE-HERON-SKY-42")).containsExactly(PasswordRule.LOWERCASE);
  }

  @Test
  void rejectsPasswordWithoutDigit() {
    assertThat(broken(SEED, "Blue-Heron-Sky-xy")).containsExactly(PasswordRule.DIGIT);
  }

  @Test
  void rejectsPasswordWithoutSpecialSymbol() {
    assertThat(broken(SEED, "BlueHeronSky42")).containsExactly(PasswordRule.SYMBOL);
  }

  @Test
  void rejectsPasswordContainingTheEmailLocalPart() {
    assertThat(broken(SEED, "X1!ada.lovelace")).contains(PasswordRule.NOT_EMAIL);
  }

  @Test
  void rejectsPasswordContainingAName() {
    // "lovelace" is also a word of the address ada.lovelace@example.org
    assertThat(broken(SEED, "Lovelace-Sky-42")).containsExactly(PasswordRule.NOT_EMAIL, PasswordRule.NOT_NAME);
    assertThat(SEED.broken(Secret.of("Lovelace-Sky-42"), Secret.of("Lovelace-Sky-42"),
        PasswordContext.of("a.l@example.org", "Ada", "Lovelace"))).containsExactly(PasswordRule.NOT_NAME);
  }

  @Test
  void rejectsANameWhateverTheCaseAndSubstitutions() {
    PasswordContext context = PasswordContext.of("a.l@example.org", "Ada", "Lovelace");

    assertThat(SEED.broken(Secret.of("L0V3l@ce-Sky-42"), Secret.of("L0V3l@ce-Sky-42"), context))
        .containsExactly(PasswordRule.NOT_NAME);
  }

  @Test
  void rejectsPasswordContainingAWordOfTheAddress() {
    // the domain's words count, but its last label (org) does not
    assertThat(broken(SEED, "Example-Sky-42")).containsExactly(PasswordRule.NOT_EMAIL);
    assertThat(broken(SEED, "Blue-Heron-Org-42")).isEmpty();
  }

  @Test
  void rejectsPasswordContainingTheOrganisationsNameOrAWordOfIt() {
    PasswordContext itu = ADA.withOrganisation("International Telecommunication Union");

    assertThat(SEED.broken(Secret.of("Telec0mmunication-42"), Secret.of("Telec0mmunication-42"), itu))
        .containsExactly(PasswordRule.NOT_ORGANISATION);
    assertThat(SEED.broken(Secret.of("Blue-Union-Sky-42"), Secret.of("Blue-Union-Sky-42"), itu))
        .containsExactly(PasswordRule.NOT_ORGANISATION);
  }

  @Test
  void theShortWordsOfAnOrganisationsNameRefuseNothing() {
    PasswordContext ministry = ADA.withOrganisation("Ministry of the Interior");

    assertThat(SEED.broken(Secret.of("Mother-Heron-Sky-42"), Secret.of("Mother-Heron-Sky-42"), ministry)).isEmpty();
  }

  @Test
  void holdsThePasswordInNfkcAsItIsHashed() {
    String nfc = "Caf\u00e9-Cr\u00e8me-Sky-42";
    String nfd = "Cafe\u0301-Cre\u0300me-Sky-42";

    assertThat(SEED.broken(Secret.of(nfc), Secret.of(nfd), ADA)).isEmpty();
    assertThat(PasswordPolicy.normalised(Secret.of(nfd)).reveal()).isEqualTo(nfc);
    // seven characters in NFKC are too short, however many code points were typed
    assertThat(broken(SEED, "Cafe\u0301-4!")).contains(PasswordRule.MIN_LENGTH);
  }

  @Test
  void rejectsTextThatIsNotWellFormed() {
    assertThat(broken(SEED, "Blue-Heron-\uD800-42")).containsExactly(PasswordRule.WELL_FORMED);
    assertThat(broken(SEED, "Blue-Heron-\uDC00\uD800-42")).containsExactly(PasswordRule.WELL_FORMED);
    assertThat(broken(SEED, "Blue-Heron-\uD83D\uDE00-42")).isEmpty();
  }

  @Test
  void rejectsUnreadATextFourTimesLongerThanTheMaximum() {
    assertThat(broken(SEED, "Aa1!" + "\u0301".repeat(508))).containsExactly(PasswordRule.MAX_LENGTH);
  }

  @Test
  void anEnteredPasswordIsRefusedOnlyWhenNoChosenPasswordCouldBeIt() {
    ValidationFailed tooLong = catchThrowableOfType(ValidationFailed.class,
        () -> SEED.checkEntered("password", Secret.of("x".repeat(129)), Locale.FRENCH));
    ValidationFailed illFormed = catchThrowableOfType(ValidationFailed.class,
        () -> SEED.checkEntered("currentPassword", Secret.of("Blue-\uD800"), Locale.ENGLISH));

    assertThat(tooLong.violations()).extracting(Violation::code, Violation::path, Violation::message)
        .containsExactly(tuple("account.password.too-long", "password", "doit contenir au plus 128 caract\u00e8res"));
    assertThat(illFormed.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("account.password.ill-formed", "currentPassword"));
    SEED.checkEntered("password", Secret.of("x"), Locale.ENGLISH);
    SEED.checkEntered("password", Secret.of("x".repeat(128)), Locale.ENGLISH);
  }

  @Test
  void rejectsCommonPasswords() {
    // both satisfy every composition rule: only the list catches them
    assertThat(broken(SEED, "P@ssw0rd")).containsExactly(PasswordRule.NOT_COMMON);
    assertThat(broken(SEED, "1qaz@WSX")).containsExactly(PasswordRule.NOT_COMMON);
  }

  @Test
  void commonPasswordListHoldsAtLeastTenThousand() {
    assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
  }

  @Test
  void confirmationMustMatch() {
    Set<PasswordRule> broken = SEED.broken(Secret.of("Blue-Heron-Sky-42"), Secret.of("Blue-Heron-Sky-43"), ADA);
    assertThat(broken).containsExactly(PasswordRule.CONFIRMED);
  }

  @Test
  void eachBrokenRuleIsItsOwnViolationCode() {
    var violations = SEED.violations("password", Secret.of("abc"), Secret.of("abd"), ADA, Locale.ENGLISH);

    assertThat(violations).extracting(Violation::code).containsExactly(
        "account.password.too-short", "account.password.missing-uppercase", "account.password.missing-digit",
        "account.password.missing-symbol", "account.password.common", "account.password.confirmation-mismatch");
    assertThat(violations).extracting(Violation::path).last().isEqualTo("passwordConfirmation");
    assertThat(violations.get(0).message()).isEqualTo("must have at least 8 characters");
  }

  @Test
  void nistProfileAsksFifteenCharactersAndNoComposition() {
    PasswordPolicy nist = PasswordPolicy.nist();

    assertThat(broken(nist, "violet harbour teaspoon")).isEmpty();
    assertThat(broken(nist, "correct horse battery staple")).containsExactly(PasswordRule.NOT_COMMON);
    assertThat(broken(nist, "Blue-Sky-42!")).containsExactly(PasswordRule.MIN_LENGTH);
    assertThat(nist.rules()).doesNotContain(PasswordRule.UPPERCASE, PasswordRule.SYMBOL);
  }

  @Test
  void nistProfileStillRejectsNamesAndCommonPasswords() {
    PasswordPolicy nist = PasswordPolicy.nist();

    assertThat(broken(nist, "lovelace lovelace lovelace")).contains(PasswordRule.NOT_NAME);
    assertThat(broken(nist, "qwertyuiopasdfgh")).contains(PasswordRule.NOT_COMMON);
  }
}
