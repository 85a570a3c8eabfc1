/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RemoveAffiliation;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.careers.CareersModule;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Languages;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.testkit.NotificationKinds;
import org.memberportal.ties.TiesModule;

/**
 * The library's mail templates cover every notification kind the modules emit, in every official language
 * ({@link Languages#OFFICIAL}: Arabic, Chinese, English, French, Russian, Spanish), and render with the parameters
 * the modules really send (optional ones present or absent), leaving no placeholder; instants show as dates in the
 * reader's language.
 */
class NotificationTemplatesTests {

  private static final List<Locale> LANGUAGES = Languages.OFFICIAL.all();
  /** The samples' closing date, 2026-01-05T09:10Z, as each language writes it. */
  private static final Map<String, String> JANUARY_5 = Map.of("en", "January 5, 2026", "fr", "5 janvier 2026",
      "ar", "5 يناير 2026", "zh", "2026年1月5日", "ru", "5 января 2026 г.", "es", "5 de enero de 2026");
  /** The day the tests render on: three days before the samples' instants. */
  private static final Clock JANUARY_2 = Clock.fixed(Instant.parse("2026-01-02T12:00:00Z"), ZoneOffset.UTC);
  private static final String CODE_PARAMS = "firstName code expiresAt";
  private static final String AFFILIATION = "organisationName requesterName affiliationId";
  private static final String APPLICATION = "application vacancy reference title";
  private static final String TIES = "organisationName userName";
  private static final Set<String> INSTANTS = Set.of("expiresAt", "lockedUntil", "closesAt");

  /** Every kind the modules' compiled code can send, found by following literals into the notifications. */
  private static final NotificationKinds SENT = NotificationKinds.of(UserAccounts.class, AffiliationModule.class,
      TiesModule.class, CareersModule.class);

  /**
   * Each kind with the parameters its module sends ({@code ?} marks an optional one), read from the modules;
   * {@link #theSamplesCoverEveryKindTheModulesCanSend} holds it to the kinds found in the code.
   */
  private static final Map<String, String> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put(AccountNotifications.VERIFICATION_CODE, CODE_PARAMS);
    KINDS.put(AccountNotifications.SIGN_UP_ATTEMPT, "firstName");
    KINDS.put(AccountNotifications.RESET_CODE, CODE_PARAMS);
    KINDS.put(AccountNotifications.PASSWORD_CHANGED, "firstName");
    KINDS.put(AccountNotifications.ACCOUNT_LOCKED, "firstName lockedUntil");
    KINDS.put(AccountNotifications.EMAIL_CHANGE_CODE, CODE_PARAMS);
    KINDS.put(AccountNotifications.FACTOR_ADDED, "firstName factor");
    KINDS.put(AccountNotifications.FACTOR_REMOVED, "firstName factor");
    KINDS.put(AccountNotifications.RECOVERY_CODE_USED, "firstName codesLeft");
    KINDS.put("affiliation.requested", AFFILIATION);
    KINDS.put("affiliation.approved", AFFILIATION + " reason?");
    KINDS.put("affiliation.rejected", AFFILIATION + " reason?");
    KINDS.put("affiliation.removed", AFFILIATION + " reason?");
    KINDS.put("affiliation.reminder", AFFILIATION);
    KINDS.put("affiliation.escalation", AFFILIATION);
    KINDS.put("affiliation.focal-point-appointed", "organisationName seat");
    KINDS.put("affiliation.focal-point-released", "organisationName seat");
    KINDS.put("ties.requested", TIES);
    KINDS.put("ties.approved", TIES + " reason?");
    KINDS.put("ties.rejected", TIES + " reason?");
    KINDS.put("ties.assigned", TIES);
    KINDS.put("ties.removed", TIES + " reason?");
    KINDS.put("ties.lapsed", TIES);
    KINDS.put(CareersAccounts.VERIFICATION_CODE, "code expiresAt");
    KINDS.put(CareersAccounts.SIGN_UP_ATTEMPT, "");
    KINDS.put(CareersAccounts.RESET_CODE, "code expiresAt");
    KINDS.put(CareersAccounts.PASSWORD_CHANGED, "");
    for (String kind : ApplicationDesk.KINDS) {
      KINDS.put(kind, APPLICATION);
    }
    KINDS.put(ApplicationDesk.ASSESSMENT, APPLICATION + " step?");
    KINDS.put(ApplicationDesk.INTERVIEW, APPLICATION + " step?");
    KINDS.put(ApplicationDesk.OUTCOME, APPLICATION + " outcome");
    KINDS.put(JobAlerts.KIND, "vacancy reference title closesAt alert");
  }

  private final MailTemplates templates = MailTemplates.standard().withClock(JANUARY_2);

  /** A sample value per parameter; enumerated parameters take each of their values in turn. */
  private static List<Map<String, String>> parameterSets(String spec) {
    List<Map<String, String>> sets = new ArrayList<>();
    Map<String, String> all = new LinkedHashMap<>();
    Map<String, String> required = new LinkedHashMap<>();
    for (String p : spec.isBlank() ? new String[0] : spec.split(" ")) {
      String name = p.replace("?", "");
      String value = switch (name) {
        case "seat" -> FocalPointRole.ITU.name();
        case "outcome" -> "selected";
        case "factor" -> "totp";
        case "codesLeft" -> "9";
        case "expiresAt", "lockedUntil", "closesAt" -> "2026-01-05T09:10:00Z"; // see INSTANTS
        default -> "<" + name + " & value>";
      };
      all.put(name, value);
      if (!p.endsWith("?")) {
        required.put(name, value);
      }
    }
    sets.add(all);
    sets.add(required);
    if (all.containsKey("seat")) {
      Map<String, String> ties = new LinkedHashMap<>(all);
      ties.put("seat", FocalPointRole.TIES.name());
      sets.add(ties);
    }
    if (all.containsKey("factor")) {
      Map<String, String> passkey = new LinkedHashMap<>(all);
      passkey.put("factor", "passkey");
      sets.add(passkey);
    }
    if (all.containsKey("outcome")) {
      Map<String, String> not = new LinkedHashMap<>(all);
      not.put("outcome", "not-selected");
      sets.add(not);
    }
    return sets;
  }

  static Stream<Notification> samples() {
    List<Notification> out = new ArrayList<>();
    KINDS.forEach((kind, spec) -> {
      for (Locale language : LANGUAGES) {
        for (Map<String, String> parameters : parameterSets(spec)) {
          out.add(Notification.builder().idempotencyKey(kind + ":" + out.size()).kind(kind).locale(language)
              .recipient(EmailAddress.of("ada@example.org")).putAllParameters(parameters).build());
        }
      }
    });
    return out.stream();
  }

  private static void assertComplete(Mail mail, Notification n) {
    for (String part : List.of(mail.subject(), mail.text(), mail.html())) {
      // no placeholder, no section marker left, and never an empty paragraph from a dropped section
      assertThat(part).as(n.kind()).doesNotContain("{").doesNotContain("}").doesNotContain("<p></p>")
          .doesNotContain("\n\n\n")
          .doesNotContain("??");
    }
    assertThat(mail.subject()).as(n.kind()).isNotBlank().doesNotContain("\n");
    assertThat(mail.html()).contains("lang=\"" + n.locale().getLanguage() + "\"")
        .contains("dir=\"" + (n.locale().getLanguage().equals("ar") ? "rtl" : "ltr") + "\"");
  }

  @Test
  void everyKindTheModulesCanSendHasTextAndHtmlTemplatesInEveryOfficialLanguage() {
    List<String> missing = new ArrayList<>();
    for (String kind : SENT.kinds().keySet()) {
      for (Locale language : LANGUAGES) {
        try {
          templates.requireAll(List.of(kind), List.of(language));
        } catch (MissingTemplate e) {
          missing.add(e.getMessage() + " (sent by " + SENT.kinds().get(kind) + ")");
        }
      }
    }

    assertThat(missing).isEmpty();
  }

  @Test
  void theScanFollowsKindsThroughHelpersLambdasAndConstants() {
    assertThat(SENT.unresolved()).isEmpty();
    assertThat(SENT.kinds()).containsKeys(AccountNotifications.VERIFICATION_CODE, CareersAccounts.RESET_CODE,
        "affiliation.focal-point-appointed", "ties.assigned", "ties.requested", JobAlerts.KIND)
        .containsKeys(ApplicationDesk.KINDS.toArray(String[]::new));
  }

  @Test
  void theSamplesCoverEveryKindTheModulesCanSend() {
    assertThat(KINDS.keySet()).containsExactlyInAnyOrderElementsOf(SENT.kinds().keySet());
    assertThatCode(() -> templates.requireAll(KINDS.keySet(), LANGUAGES)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyKindRendersWithTheParametersItsModuleSends(Notification n) {
    Mail mail = templates.render(n);

    assertComplete(mail, n);
    n.parameters().forEach((name, value) -> {
      // enumerations are worded by the template, ids are for links, and greetings by name are optional
      if (!Set.of("seat", "outcome", "factor", "application", "vacancy", "alert", "affiliationId", "firstName")
          .contains(name)) {
        // an instant shows as a date in the reader's language (and the time, in UTC), never as ISO text
        String shown = !INSTANTS.contains(name) ? value : JANUARY_5.get(n.locale().getLanguage());
        assertThat(mail.text()).as(n.kind() + " shows " + name).contains(shown);
        assertThat(mail.html()).as(n.kind() + " shows " + name).contains(MailTemplates.escapeHtml(shown));
        if (INSTANTS.contains(name)) {
          assertThat(List.of(mail.text(), mail.html())).as(n.kind() + " shows " + name)
              .allSatisfy(part -> assertThat(part).contains("(UTC)").doesNotContain(value));
        }
      }
    });
  }

  @Test
  void anOptionalReasonIsShownOnlyWhenGiven() {
    Notification without = samples().filter(n -> n.kind().equals("affiliation.rejected")
        && n.locale().equals(Locale.FRENCH) && !n.parameters().containsKey("reason")).findFirst().orElseThrow();
    Notification with = Notification.builder().from(without).putParameters("reason", "Inconnu").build();

    assertThat(templates.render(without).text()).doesNotContain("Motif");
    assertThat(templates.render(with).text()).contains("Motif indiqué : Inconnu");
  }

  @Test
  void theOutcomeMailSaysWhichOutcome() {
    Map<String, String> parameters = new LinkedHashMap<>(parameterSets(KINDS.get(ApplicationDesk.OUTCOME)).get(0));
    Notification.Builder b = Notification.builder().idempotencyKey("o").kind(ApplicationDesk.OUTCOME)
        .locale(Locale.ENGLISH).recipient(EmailAddress.of("ada@example.org"));
    String selected = templates.render(b.putAllParameters(parameters).build()).text();
    parameters.put("outcome", "not-selected");
    String notSelected = templates.render(Notification.builder().idempotencyKey("o").kind(ApplicationDesk.OUTCOME)
        .locale(Locale.ENGLISH).recipient(EmailAddress.of("ada@example.org")).putAllParameters(parameters).build())
        .text();

    assertThat(selected).contains("you have been selected").doesNotContain("not been selected");
    assertThat(notSelected).contains("not been selected").doesNotContain("you have been selected");
  }

  @Test
  void theAccountModulesRealMailsRender() {
    AccountWorld world = new AccountWorld();
    world.activeAccount(AccountFixtures.signUp("ada@example.org").with(f -> f.language = "fr").build());
    world.accounts.signUp(AccountFixtures.signUp("ada@example.org").build(), Actor.anonymous());
    List<Notification> sent = world.host.outbox().entries().stream().map(Outbox.Entry::notification).toList();

    assertThat(sent).extracting(Notification::kind).contains(AccountNotifications.VERIFICATION_CODE,
        AccountNotifications.SIGN_UP_ATTEMPT);
    sent.forEach(n -> assertComplete(templates.render(n), n));
  }

  @Test
  void theAffiliationModulesRealMailsRender() {
    AffiliationWorld world = AffiliationWorld.create();
    AffiliationWorld.Staffed org = world.staffed("Université de Genève");
    AccountSummary rejected = world.frenchUser("Zoé", "Dupont");
    Affiliation request = world.request(rejected, org.organisation(), false);
    world.module.affiliations().reject(DecideAffiliation.builder().affiliation(request.id())
        .reason("Inconnu <au> service").build(), AffiliationWorld.as(org.ties()));
    AccountSummary member = world.member(org, "Ana", "Silva");
    Affiliation membership = world.module.affiliations().approvedAffiliationOf(member.id()).orElseThrow();
    world.module.affiliations().remove(RemoveAffiliation.builder().affiliation(membership.id()).build(),
        AffiliationWorld.as(org.ties()));
    List<Notification> sent = world.delivered();

    assertThat(sent).extracting(Notification::kind).contains("affiliation.requested", "affiliation.approved",
        "affiliation.rejected", "affiliation.removed", "affiliation.focal-point-appointed");
    sent.forEach(n -> assertComplete(templates.render(n), n));
    assertThat(sent).filteredOn(n -> n.kind().equals("affiliation.rejected")).singleElement()
        .satisfies(n -> assertThat(templates.render(n).html()).contains("Inconnu &lt;au&gt; service"));
  }
}
