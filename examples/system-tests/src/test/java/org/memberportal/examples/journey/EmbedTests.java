/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.account.SignUp;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.inmemory.InMemoryAccountModule;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.careers.CareersModule;
import org.memberportal.careers.inmemory.InMemoryStaffDirectory;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.NotificationRelay;
import org.memberportal.kernel.Notifier;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.ties.TiesModule;

/** The README's "Embed it in five minutes" code, kept compiling and true (the README copies these lines). */
class EmbedTests {

  /** A port the host implements: here the mail sender, which renders by kind and locale. */
  static final class MyMailer implements Notifier {
    final List<Notification> sent = new ArrayList<>();

    @Override
    public void send(Notification n) {
      // render the template n.kind() in n.locale() with n.parameters(), send to n.recipient().display();
      // throw to have the relay retry later; deduplicate on n.idempotencyKey()
      sent.add(n);
    }
  }

  @Test
  void theReadmeEmbeddingRecipeWorks() {
    // 1. one host for all modules: transactions, event bus + log, outbox, clock
    InMemoryHost memory = new InMemoryHost(Clock.systemUTC());
    Host host = memory.host();

    // 2. the services, on the in-memory adapters
    UserAccounts accounts = new InMemoryAccountModule(memory).accounts();
    AffiliationModule affiliation =
        AffiliationModule.inMemory(host, memory.transactions(), accounts, ReminderPolicy.DEFAULT);
    TiesModule ties = TiesModule.inMemory(host, memory.transactions(), accounts, affiliation); // after affiliation
    CareersModule careers = CareersModule.inMemory(host, memory.transactions())
        .staff(new InMemoryStaffDirectory())          // your staff directory: current staff may not apply
        .cutOver(Instant.parse("2025-06-01T00:00:00Z")) // vacancies before it belong to the previous system
        .build();

    // 3. a command, with the actor the host authenticated
    Actor visitor = Actor.anonymous().in(Locale.FRENCH);
    SignUp form = SignUp.builder()
        .email("ada@example.org").firstName("Ada").lastName("Lovelace")
        .password(Secret.of("Blue-Heron-Sky-42")).passwordConfirmation(Secret.of("Blue-Heron-Sky-42"))
        .gender("female").professionalRole("engineer").preferredLanguage("fr").termsAccepted(true)
        .build();
    accounts.signUp(form, visitor);

    // 4. a refused command: a PortalException with a code, a reason and (for validation) the violations
    List<String> shown = new ArrayList<>();
    try {
      accounts.signUp(SignUp.builder().email("not-an-address").termsAccepted(true).build(), visitor);
    } catch (ValidationFailed e) {
      for (Violation v : e.violations()) {
        shown.add(v.path() + ": " + v.message()); // already in French: the actor reads French
      }
    } catch (PortalException e) {
      shown.add(e.code() + " / " + e.reason());
    }

    // 5. deliver the outbox from a timer
    MyMailer mailer = new MyMailer();
    NotificationRelay relay = new NotificationRelay(memory.outbox(), mailer, host.clock());
    relay.deliverDue();
    int purged = memory.outbox().purgeDelivered(host.clock().instant().minus(Duration.ofDays(30)));

    assertThat(affiliation.organisations()).isNotNull();
    assertThat(ties.access()).isNotNull();
    assertThat(careers.jobOpenings()).isNotNull();
    assertThat(shown).isNotEmpty().anyMatch(line -> line.startsWith("email: "));
    assertThat(mailer.sent).extracting(Notification::kind).containsExactly("account.verification-code");
    assertThat(mailer.sent.get(0).locale()).isEqualTo(Locale.FRENCH);
    assertThat(purged).isZero(); // delivered just now: kept for the 30 days
    assertThat(memory.outbox().entries()).singleElement().satisfies(e -> assertThat(e.deliveredAt()).isPresent());
  }
}
