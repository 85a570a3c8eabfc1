/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.account.testkit.AccountFixtures.OPERATOR;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;
import org.memberportal.kernel.testkit.ForeignActor;

/** The service desk finds the account of someone who forgot their username (A9). */
class ServiceDeskTests {

  private final AccountWorld world = new AccountWorld();

  private AccountId person(String email, String firstName, String lastName) {
    AccountFixtures.SignUpForm form = AccountFixtures.signUp(email);
    form.firstName = firstName;
    form.lastName = lastName;
    return world.activeAccount(form.build());
  }

  private Page<AccountSummary> byName(String name, int page, int size) {
    return world.accounts.findAccounts(FindAccounts.builder().name(name).page(page).size(size).build(), OPERATOR)
        .value();
  }

  @Test
  void theOperatorFindsAnAccountByItsAddressAsTyped() {
    AccountId ada = person("ada@example.org", "Ada", "Lovelace");
    person("grace@example.org", "Grace", "Hopper");

    Page<AccountSummary> found = world.accounts.findAccounts(
        FindAccounts.builder().email("  ADA@Example.ORG ").build(), OPERATOR).value();

    assertThat(found.items()).extracting(AccountSummary::id).containsExactly(ada);
    assertThat(found.total()).isEqualTo(1);
  }

  @Test
  void theOperatorFindsAccountsByNameFoldingCaseAndAccentsOnePageAtATime() {
    AccountId jose = person("jose@example.org", "José", "Álvarez");
    AccountId josephine = person("josephine@example.org", "Joséphine", "Alvarez");
    AccountId zoe = person("zoe@example.org", "Zoë", "ÁLVAREZ");
    person("ada@example.org", "Ada", "Lovelace");

    Page<AccountSummary> first = byName("alvarez", 0, 2);

    assertThat(first.items()).extracting(AccountSummary::id).containsExactly(jose, josephine);
    assertThat(first.total()).isEqualTo(3);
    assertThat(byName("ALVAREZ", 1, 2).items()).extracting(AccountSummary::id).containsExactly(zoe);
    assertThat(byName("zoe alvarez", 0, 20).items()).extracting(AccountSummary::id).containsExactly(zoe);
    assertThat(byName("Jose", 0, 20).items()).extracting(AccountSummary::id).containsExactly(jose);
  }

  @Test
  void everyAccountShownIsRecordedInItsAuditTrailWithTheOperator() {
    AccountId ada = person("ada@example.org", "Ada", "Lovelace");

    world.accounts.findAccounts(FindAccounts.builder().name("lovelace").build(), OPERATOR);
    world.accounts.findAccounts(FindAccounts.builder().name("nobody").build(), OPERATOR);

    assertThat(world.accounts.auditTrail(ada, Actor.account(ada)))
        .filteredOn(AccountEvent.LookedUp.class::isInstance).singleElement().satisfies(e -> {
          assertThat(e.actor()).isEqualTo(OPERATOR);
          assertThat(((AccountEvent.LookedUp) e).criterion()).isEqualTo("name");
        });
    assertThat(world.host.eventLog().trail("account:" + new AccountId(new UUID(0, 0))))
        .filteredOn(AccountEvent.LookedUp.class::isInstance).hasSize(1);
    assertThat(world.events().toString()).doesNotContain("Lovelace", "lovelace", "nobody");
  }

  @Test
  void onlyTheOperatorLooksAccountsUp() {
    AccountId ada = person("ada@example.org", "Ada", "Lovelace");
    int events = world.events().size();
    FindAccounts lookUp = FindAccounts.builder().email("ada@example.org").build();

    for (Actor actor : List.of(Actor.anonymous(), Actor.account(ada), Actor.system("tick"),
        ForeignActor.of("recruiter"))) {
      assertThat(catchThrowableOfType(NotAllowed.class, () -> world.accounts.findAccounts(lookUp, actor)))
          .isNotNull();
    }
    assertThat(world.events()).hasSize(events);
  }

  @Test
  void aLookUpTakesExactlyOneOfAnAddressAndAName() {
    ValidationFailed neither = catchThrowableOfType(ValidationFailed.class,
        () -> world.accounts.findAccounts(FindAccounts.builder().name("  ").build(), OPERATOR.in(Locale.FRENCH)));
    ValidationFailed both = catchThrowableOfType(ValidationFailed.class, () -> world.accounts.findAccounts(
        FindAccounts.builder().email("ada@example.org").name("Ada").build(), OPERATOR));

    assertThat(neither.violations()).extracting(Violation::code).containsExactly("account.lookup.one-criterion");
    assertThat(neither.violations().get(0).message()).contains("adresse");
    assertThat(both.violations()).extracting(Violation::code).containsExactly("account.lookup.one-criterion");
    assertThat(world.events()).isEmpty();
  }

  @Test
  void aPageOutOfRangeIsRefused() {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> world.accounts.findAccounts(
        FindAccounts.builder().name("Ada").page(-1).size(101).build(), OPERATOR));

    assertThat(failure.violations()).extracting(Violation::code)
        .containsExactlyInAnyOrder("account.page.invalid", "account.page-size.invalid");
  }
}
