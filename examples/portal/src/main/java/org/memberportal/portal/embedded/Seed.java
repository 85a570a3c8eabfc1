/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.embedded;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.ImportAccount;
import org.memberportal.account.SignUp;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.VerifyEmail;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.affiliation.organisation.RegisterOrganisation;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.vacancy.DraftVacancy;
import org.memberportal.careers.vacancy.DutyStation;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyDesk;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.careers.vacancy.VacancyText;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.StaffId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's cast on the embedded default (the same as examples/demo's journeys start with): Alpine Telecom
 * (Sector Member, CH) with Ida Weber as ITU focal point and Tom Keller as TIES focal point, Helvetia Radio
 * (Member State, CH) with no focal point yet, Grace Hopper's account imported from the previous portal (she must
 * reset her password), and one published vacancy. Everyone's password is {@link #PASSWORD}; the operator and the
 * recruiter are the staff login's.
 */
@Component
@ConditionalOnProperty(prefix = "portal.embedded", name = {"enabled", "seed"}, havingValue = "true")
public class Seed implements ApplicationRunner {

  /** Every seeded person's password. */
  public static final String PASSWORD = "Blue-Heron-Sky-42";

  /** The seeded organisation with both focal points. */
  public static final String ORGANISATION = "Alpine Telecom";

  /** The ITU focal point's address. */
  public static final String ITU_FOCAL_POINT = "ida.weber@alpine-telecom.example";

  /** The TIES focal point's address. */
  public static final String TIES_FOCAL_POINT = "tom.keller@alpine-telecom.example";

  /** The migrated account's address. */
  public static final String MIGRATED = "grace.hopper@example.org";

  private static final Logger LOG = LoggerFactory.getLogger(Seed.class);
  private static final Pattern CODE = Pattern.compile("(\\d{6,8})");
  private static final Actor OPERATOR = Actor.operator(new StaffId(new UUID(0, 0xA1))).in(Locale.ENGLISH);
  private static final Actor RECRUITER = Recruiter.of(new StaffId(new UUID(0, 0xB2))).in(Locale.ENGLISH);

  private final UserAccounts accounts;
  private final Organisations organisations;
  private final Affiliations affiliations;
  private final FocalPoints focalPoints;
  private final VacancyDesk vacancies;
  private final GreenMail mail;
  private final Clock clock;

  /**
   * Makes the seed.
   *
   * @param accounts the accounts
   * @param organisations the organisations
   * @param affiliations the affiliations
   * @param focalPoints the focal point seats
   * @param vacancies the recruiter's desk
   * @param mail the in-process SMTP server (the verification codes)
   * @param clock the portal's clock
   */
  public Seed(UserAccounts accounts, Organisations organisations, Affiliations affiliations,
      FocalPoints focalPoints, VacancyDesk vacancies, GreenMail mail, Clock clock) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.affiliations = affiliations;
    this.focalPoints = focalPoints;
    this.vacancies = vacancies;
    this.mail = mail;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    Organisation alpine = register(ORGANISATION, MembershipType.SECTOR_MEMBER);
    register("Helvetia Radio Office", MembershipType.MEMBER_STATE);
    AccountSummary ida = person("Ida", "Weber", ITU_FOCAL_POINT, "female");
    AccountSummary tom = person("Tom", "Keller", TIES_FOCAL_POINT, "male");
    appoint(alpine, FocalPointRole.ITU, ida);
    Affiliation request = affiliations.request(RequestAffiliation.builder().account(tom.id())
        .organisation(alpine.id()).build(), as(tom)).value();
    // the seed stands for Ida, who is not there: as if she had passed a second factor (the portal may ask for one)
    affiliations.approve(DecideAffiliation.builder().affiliation(request.id()).build(),
        Actor.account(ida.id()).in(Locale.ENGLISH).withSecondFactor());
    appoint(alpine, FocalPointRole.TIES, tom);
    accounts.importAccount(ImportAccount.builder().email(MIGRATED).firstName("Grace").lastName("Hopper")
        .preferredLanguage("en").build(), OPERATOR);
    ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), ZoneId.of("Europe/Zurich"));
    Vacancy draft = vacancies.draft(DraftVacancy.builder().referenceNumber("2026/P3/12")
        .type(VacancyType.REGULAR_POST).grade("P-3").dutyStation(DutyStation.headquarters("GVA", "Geneva"))
        .putTexts(Locale.ENGLISH, VacancyText.of("Radio Network Engineer",
            "Designs and runs the radiocommunication network."))
        .putTexts(Locale.FRENCH, VacancyText.of("Ingénieur réseau radio",
            "Conçoit et exploite le réseau de radiocommunication."))
        .opensAt(now).closesAt(now.plusDays(30)).build(), RECRUITER).value();
    vacancies.publish(VacancyStep.of(draft.id()), RECRUITER);
    LOG.info("seeded: {} with its ITU and TIES focal points, a migrated account and a vacancy", ORGANISATION);
  }

  private Organisation register(String name, MembershipType type) {
    return organisations.register(RegisterOrganisation.builder().name(name).membershipType(type).country("CH")
        .build(), OPERATOR).value();
  }

  private void appoint(Organisation organisation, FocalPointRole seat, AccountSummary account) {
    focalPoints.appoint(AppointFocalPoint.builder().organisation(organisation.id()).seat(seat)
        .account(account.id()).build(), OPERATOR);
  }

  private static Actor as(AccountSummary account) {
    return Actor.account(account.id()).in(Locale.ENGLISH);
  }

  /** Signs a person up and verifies the address with the code the relay mailed to the in-process server. */
  private AccountSummary person(String first, String last, String email, String gender) {
    accounts.signUp(SignUp.builder().email(email).firstName(first).lastName(last).gender(gender)
        .professionalRole("engineer").password(Secret.of(PASSWORD))
        .passwordConfirmation(Secret.of(PASSWORD)).preferredLanguage("en").termsAccepted(true).build(),
        Actor.anonymous().in(Locale.ENGLISH));
    return accounts.verifyEmail(VerifyEmail.builder().email(email).code(Secret.of(codeFor(email))).build(),
        Actor.anonymous().in(Locale.ENGLISH)).value();
  }

  /**
   * The last code mailed to an address, waited for (the relay runs on the starter's timer).
   *
   * @param mail the in-process SMTP server
   * @param email the address
   * @return the code
   */
  public static String lastCode(GreenMail mail, String email) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      MimeMessage[] received = mail.getReceivedMessages();
      for (int i = received.length - 1; i >= 0; i--) {
        String code = codeIn(received[i], email);
        if (code != null) {
          return code;
        }
      }
      mail.waitForIncomingEmail(500, received.length + 1);
    }
    throw new IllegalStateException("no code reached " + EmailAddress.of(email).masked() + " within 30 s");
  }

  private String codeFor(String email) {
    return lastCode(mail, email);
  }

  private static @Nullable String codeIn(MimeMessage message, String email) {
    try {
      if (!message.getAllRecipients()[0].toString().contains(email)) {
        return null;
      }
      Matcher code = CODE.matcher(DevelopmentMails.text(message));
      return code.find() ? code.group(1) : null;
    } catch (MessagingException | IOException e) {
      return null;
    }
  }
}
