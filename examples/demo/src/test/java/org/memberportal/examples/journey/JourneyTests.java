/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JourneyTests {

  private static Map<Integer, String> english;
  private static Map<Integer, String> french;
  private static String englishText;

  @BeforeAll
  static void playBothLanguages() {
    englishText = run();
    english = journeys(englishText);
    french = journeys(run("--lang", "fr"));
  }

  static String run(String... args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    new Journey(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(args);
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /** The story cut into its journeys, by number. */
  static Map<Integer, String> journeys(String story) {
    Map<Integer, String> out = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?m)^Journey (\\d+) - ").matcher(story);
    int number = -1;
    int start = -1;
    while (m.find()) {
      if (number > 0) {
        out.put(number, story.substring(start, m.start()));
      }
      number = Integer.parseInt(m.group(1));
      start = m.start();
    }
    if (number > 0) {
      out.put(number, story.substring(start, story.indexOf("\nThe end:", start)));
    }
    return out;
  }

  @Test
  void playsEveryJourneyInOrder() {
    assertThat(english.keySet()).containsExactlyElementsOf(Journey.steps());
    assertThat(englishText).contains("The end:", "0 mail left undelivered");
  }

  @Test
  void signUpSendsTheCodeAndOnlyTheVerifiedRequestReachesTheTiesFocalPoint() {
    assertThat(english.get(1)).containsSubsequence(
        "Ada Lovelace signs up",
        "outcome: account AWAITING_VERIFICATION, affiliation REQUESTED",
        "mail account.verification-code to a***@alpine-telecom.example [en]",
        "Subject: Your verification code",
        "your verification code is ******.",
        "Ada types the code",
        "outcome: account ACTIVE, affiliation PENDING",
        "mail affiliation.requested to t***@alpine-telecom.example [en]",
        "Subject: New affiliation request for Alpine Telecom",
        "Ada Lovelace asks to be affiliated to Alpine Telecom.");
    assertThat(french.get(1)).containsSubsequence(
        "mail account.verification-code to a***@alpine-telecom.example [fr]",
        "Subject: Votre code de vérification",
        "votre code de vérification est ******.",
        "mail affiliation.requested to t***@alpine-telecom.example [fr]",
        "Subject: Nouvelle demande d'affiliation à Alpine Telecom");
  }

  @Test
  void ituFocalPointSeesTheRequestWithoutMailAndTheTiesFocalPointApproves() {
    assertThat(english.get(2)).containsSubsequence(
        "she sees [Ada Lovelace PENDING (wants TIES access)]; mails she received about it: 0",
        "Tom (TIES focal point) approves",
        "outcome: affiliation APPROVED; may Ada represent Alpine Telecom? true",
        "mail affiliation.approved to a***@alpine-telecom.example [en]",
        "Subject: Your affiliation to Alpine Telecom is approved",
        "mail ties.requested to t***@alpine-telecom.example [en]",
        "Subject: TIES access requested for Alpine Telecom",
        "refused: conflict (affiliation.already-affiliated)");
    assertThat(english.get(2)).doesNotContain("to i***@");
    assertThat(french.get(2)).containsSubsequence(
        "mail affiliation.approved to a***@alpine-telecom.example [fr]",
        "Subject: Votre affiliation à Alpine Telecom est approuvée");
  }

  @Test
  void tiesRequestFiledByTheTickIsApprovedAndTiesIsActive() {
    assertThat(english.get(3)).containsSubsequence(
        "outcome: [TIES Alpine Telecom requested, AFFILIATION Alpine Telecom approved]",
        "Tom (TIES focal point) approves Ada's TIES request",
        "outcome: TIES access ACTIVE; is TIES active for Ada? true",
        "mail ties.approved to a***@alpine-telecom.example [en]",
        "Subject: Your TIES access is approved",
        "outcome: [TIES Alpine Telecom active, AFFILIATION Alpine Telecom approved]");
    assertThat(french.get(3)).containsSubsequence(
        "mail ties.approved to a***@alpine-telecom.example [fr]",
        "Subject: Votre accès TIES est approuvé");
  }

  @Test
  void tiesFocalPointHandsTheRoleOverInTwoSteps() {
    assertThat(english.get(4)).containsSubsequence(
        "Tom prepares",
        "preview: [SUCCESSOR_TAKES_SEAT, FORMER_LOSES_FOCAL_POINT_RIGHTS, FORMER_KEEPS_TIES_ACCESS, BOTH_NOTIFIED]",
        "the seat is still Tom Keller",
        "mail: none",
        "Tom confirms the hand-over",
        "outcome: TIES focal point: Ada Lovelace; Tom keeps TIES access? true",
        "mail affiliation.focal-point-appointed to a***@alpine-telecom.example [en]",
        "Subject: You are now TIES focal point of Alpine Telecom",
        "mail affiliation.focal-point-released to t***@alpine-telecom.example [en]");
    assertThat(french.get(4)).containsSubsequence(
        "Subject: Vous êtes désormais point focal TIES de Alpine Telecom",
        "Subject: Vous n'êtes plus point focal TIES de Alpine Telecom");
  }

  @Test
  void migratedAccountIsSentToResetItsPassword() {
    assertThat(english.get(5)).containsSubsequence(
        "outcome: account PASSWORD_RESET_REQUIRED",
        "outcome: sent to reset her password (PasswordResetRequired)",
        "mail account.password-reset-code to g***@example.org [en]",
        "Subject: Reset your password",
        "outcome: account ACTIVE",
        "mail account.password-changed to g***@example.org [en]",
        "outcome: signed in");
    assertThat(french.get(5)).containsSubsequence(
        "mail account.password-reset-code to g***@example.org [fr]",
        "Subject: Réinitialisez votre mot de passe",
        "mail account.password-changed to g***@example.org [fr]",
        "Subject: Votre mot de passe a été modifié");
  }

  @Test
  void consultantAppliesWithdrawsAndHearsTheOutcomeWhileStaffIsRefused() {
    assertThat(english.get(6)).containsSubsequence(
        "outcome: 2026/CONS/7 PUBLISHED, 2026/P3/12 PUBLISHED",
        "mail careers.verification-code to a***@example.org [en]",
        "outcome: careers account ACTIVE",
        "required sections answered: 0 of 8, then 8 of 8 (complete)",
        "A visitor, not signed in, searches",
        "found [2026/CONS/7 \"Spectrum Management Consultant\"]",
        "outcome: applications RECEIVED and RECEIVED",
        "mail careers.application.received to a***@example.org [en]",
        "Subject: We have received your application for Spectrum Management Consultant (2026/CONS/7)",
        "mail careers.application.received to a***@example.org [en]",
        "outcome: application WITHDRAWN",
        "mail careers.application.withdrawn to a***@example.org [en]",
        "refused: precondition-failed (candidate.current-staff)",
        "outcome: vacancy COMPETITION_FINISHED",
        "mail careers.application.outcome to a***@example.org [en]",
        "Outcome for your application: not selected.",
        "mail careers.application.outcome to c***@example.org [en]",
        "[2026/CONS/7 NOT_SELECTED, 2026/P3/12 WITHDRAWN]");
    // the candidate who withdrew is not told the outcome of that competition
    assertThat(english.get(6)).containsOnlyOnce("careers.application.withdrawn")
        .doesNotContain("Outcome of the selection for Radio Network Engineer");
    assertThat(french.get(6)).containsSubsequence(
        "Subject: Votre compte carrières : code de vérification",
        "found [2026/CONS/7 \"Consultant en gestion du spectre\"]",
        "Subject: Nous avons bien reçu votre candidature au poste Consultant en gestion du spectre (2026/CONS/7)",
        "Subject: Votre candidature au poste Ingénieur réseau radio (2026/P3/12) est retirée",
        "Résultat pour votre candidature : non retenue.");
  }

  @Test
  void candidateExportsThenErasesTheirData() {
    assertThat(english.get(7)).containsSubsequence(
        "Amina exports her data",
        "careers account yes (never its password), profile yes",
        "outcome: profile erased, careers account erased",
        "outcome: rejected, like any unknown address");
    assertThat(english.get(7)).doesNotContain("mail careers.");
  }

  @Test
  void everyMailOfTheJourneyHasATemplateInBothLanguages() {
    assertThat(englishText).doesNotContain("no template in the demo");
    assertThat(String.join("", french.values())).doesNotContain("no template in the demo");
  }

  @Test
  void noSecretIsPrinted() {
    assertThat(englishText).doesNotContainPattern("code is \\d").doesNotContain(Portal.PASSWORD);
  }

  @Test
  void oneStepPlaysItsPrerequisitesSilently() {
    Map<Integer, String> one = journeys(run("--step", "2"));

    assertThat(one.keySet()).containsExactly(2);
    assertThat(one.get(2)).contains("outcome: affiliation APPROVED");
  }

  @Test
  void badOptionsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> run("--step", "99")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no journey 99");
    assertThatThrownBy(() -> run("--lang", "de")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[ar, zh, en, fr, ru, es], not de");
    assertThatThrownBy(() -> run("--db", "mysql")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("memory or postgres");
    assertThatThrownBy(() -> run("--verbose")).isInstanceOf(IllegalArgumentException.class);
  }
}
