/*
 * SPDX-License-Identifier: Apache-2.0
 */
package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.memberportal.account.SignUp;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Secret;

/**
 * Runs the README's "Embed it in five minutes" classes (Portal, SignUpPage, HostJobs, Main), which
 * EmbeddingGuideTests copies into this project from the README as written. Not part of the README.
 */
class GuideRunsTests {

  @Test
  void mainSignsAVisitorUpAndShowsTheRefusedFormInFrench() {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      Main.main(new String[0]);
    } finally {
      System.setOut(out);
    }

    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo("[]");
    assertThat(lines.get(1)).startsWith("[").contains("email: n'est pas une adresse électronique bien formée");
  }

  @Test
  void theHostJobsDeliverTheVerificationCodeInTheVisitorsLanguage() throws InterruptedException {
    Portal portal = new Portal(Clock.systemUTC());
    List<Notification> sent = new CopyOnWriteArrayList<>();
    ScheduledExecutorService jobs = HostJobs.start(portal, sent::add);
    try {
      Actor visitor = Actor.anonymous().in(Locale.FRENCH);
      List<String> shown = new SignUpPage(portal.accounts).submit(SignUp.builder()
          .email("grace@example.org").firstName("Grace").lastName("Hopper")
          .password(Secret.of("Amber-Otter-Lake-77")).passwordConfirmation(Secret.of("Amber-Otter-Lake-77"))
          .gender("female").professionalRole("engineer").preferredLanguage("fr").termsAccepted(true)
          .build(), visitor);
      Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
      while (portal.memory.outbox().entries().stream().noneMatch(e -> e.deliveredAt().isPresent())
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(50);
      }

      assertThat(shown).isEmpty();
      assertThat(sent).singleElement().satisfies(n -> {
        assertThat(n.kind()).isEqualTo("account.verification-code");
        assertThat(n.locale()).isEqualTo(Locale.FRENCH);
      });
      assertThat(portal.memory.outbox().entries()).singleElement()
          .satisfies(e -> assertThat(e.deliveredAt()).isPresent());
    } finally {
      jobs.shutdownNow();
    }
  }
}
