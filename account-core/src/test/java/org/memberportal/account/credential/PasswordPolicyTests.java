package org.memberportal.account.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Secret;
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
    assertThat(broken(SEED, "Lovelace-Sky-42")).containsExactly(PasswordRule.NOT_NAME);
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
