/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.ForgotPassword;
import org.memberportal.account.ImportAccount;
import org.memberportal.account.ResetPassword;
import org.memberportal.account.SignIn;
import org.memberportal.account.SignInResult;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.RegisterOrganisation;
import org.memberportal.affiliation.roster.RosterEntry;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;
import org.jspecify.annotations.Nullable;

/**
 * The demo: wires the library on its in-memory adapters, or on the PostgreSQL ones, and plays the seed journeys,
 * printing each step, its outcome and the mail that would be sent. Options: {@code --lang fr} (everyone reads
 * French, so the mails are in French), {@code --step N} (one journey; the journeys it builds on are played silently
 * first), {@code --db postgres} (every store on PostgreSQL: an embedded server is started for the run and stopped
 * after it; the story is the same as in memory).
 */
public final class Journey {

  /** The journeys, by number, with their titles. */
  static final Map<Integer, String> TITLES = Map.of(
      1, "Sign-up with an organisation and the TIES tick",
      2, "The TIES focal point approves the affiliation",
      3, "The TIES request is filed and approved: TIES active",
      4, "The TIES focal point hands the role over",
      5, "A migrated account must reset its password",
      6, "Careers: a consultant applies, a staff member is refused, the competition finishes",
      7, "Careers: a candidate exports, then deletes, their data");

  /** Which journeys each one builds on. */
  private static final Map<Integer, List<Integer>> NEEDS = Map.of(
      1, List.of(),
      2, List.of(1),
      3, List.of(2),
      4, List.of(3),
      5, List.of(),
      6, List.of(),
      7, List.of(6));

  private static final String ORGANISATION = "Alpine Telecom";

  /** The command line's options, as the usage line shows them. */
  static final String USAGE = "usage: Journey [--lang en|fr] [--step N] [--db memory|postgres]";

  private final PrintStream out;
  private final Set<Integer> played = new HashSet<>();
  private Portal portal;
  private Story story = new Story(System.out, new MailText());
  private Organisation organisation;
  private AccountSummary itu;
  private AccountSummary ties;
  private AccountSummary ada;
  private Affiliation adaRequest;
  private @Nullable CareersJourney careersJourney;

  /**
   * Creates the journey printing to the given stream.
   *
   * @param out where the story goes
   */
  public Journey(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the demo from the command line.
   *
   * @param args {@code [--lang en|fr] [--step N] [--db memory|postgres]}
   */
  public static void main(String[] args) {
    PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    try {
      new Journey(console).run(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE + "   (journeys " + steps() + ")");
      System.exit(2);
    }
  }

  /**
   * Plays the journeys the options ask for.
   *
   * @param args {@code [--lang en|fr] [--step N] [--db memory|postgres]}
   * @throws IllegalArgumentException when an option is unknown or malformed
   */
  public void run(String... args) {
    Options options = Options.parse(args);
    portal = new Portal(options.language(), options.database());
    try {
      played.clear();
      careersJourney = null;
      story = new Story(out, new MailText());
      story.line("Member Portal Domain - the seed journeys on "
          + (options.database() == Portal.Database.POSTGRES ? "PostgreSQL (embedded)" : "the in-memory adapters")
          + (options.language().getLanguage().equals("fr") ? " (mails in French)" : ""));
      cast();
      if (options.step() > 0) {
        play(options.step());
      } else {
        steps().forEach(this::play);
      }
      story.line("");
      story.line("The end: " + portal.auditTrailSize() + " events in the audit trail, "
          + portal.mailbox.fresh().size() + " mail left undelivered.");
    } finally {
      portal.close();
    }
  }

  /** The journeys this build can play, in order. */
  static List<Integer> steps() {
    return TITLES.keySet().stream().sorted().toList();
  }

  /** The command-line options. */
  record Options(Locale language, int step, Portal.Database database) {

    static Options parse(String... args) {
      Locale language = Locale.ENGLISH;
      int step = 0;
      Portal.Database database = Portal.Database.MEMORY;
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value after " + option);
        }
        String value = args[++i];
        switch (option) {
          case "--lang" -> {
            if (!value.equals("en") && !value.equals("fr")) {
              throw new IllegalArgumentException("--lang takes en or fr, not " + value);
            }
            language = Locale.forLanguageTag(value);
          }
          case "--step" -> {
            try {
              step = Integer.parseInt(value);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--step takes a journey number, not " + value);
            }
            if (!TITLES.containsKey(step)) {
              throw new IllegalArgumentException("no journey " + value + "; journeys are " + steps());
            }
          }
          case "--db" -> database = switch (value) {
            case "memory" -> Portal.Database.MEMORY;
            case "postgres" -> Portal.Database.POSTGRES;
            default -> throw new IllegalArgumentException("--db takes memory or postgres, not " + value);
          };
          default -> throw new IllegalArgumentException("unknown option " + option);
        }
      }
      return new Options(language, step, database);
    }
  }

  private CareersJourney careers() {
    if (careersJourney == null) {
      careersJourney = new CareersJourney(portal, story);
    }
    return careersJourney;
  }

  private void play(int step) {
    play(step, true);
  }

  private void play(int step, boolean told) {
    if (played.contains(step)) {
      return;
    }
    NEEDS.get(step).forEach(earlier -> play(earlier, false));
    story.mute(!told);
    story.journey(step, TITLES.get(step));
    switch (step) {
      case 1 -> signUpWithOrganisation();
      case 2 -> tiesFocalPointApproves();
      case 3 -> new TiesJourney(portal, story).requestApproved(organisation, ada, ties);
      case 4 -> new TiesJourney(portal, story).handOver(organisation, ada, ties);
      case 5 -> migratedAccountResets();
      case 6 -> careers().consultantApplies();
      case 7 -> careers().candidateLeaves();
      default -> throw new IllegalArgumentException("no journey " + step);
    }
    story.mute(false);
    played.add(step);
  }

  // ------------------------------------------------------------------------------------------------ the cast

  private void cast() {
    organisation = portal.affiliation.organisations().register(RegisterOrganisation.builder()
        .name(ORGANISATION).membershipType(MembershipType.SECTOR_MEMBER).country("CH").build(),
        portal.operator).value();
    itu = portal.person("Ida", "Weber", "ida.weber@alpine-telecom.example", "female");
    ties = portal.person("Tom", "Keller", "tom.keller@alpine-telecom.example", "male");
    seat(FocalPointRole.ITU, itu);
    Affiliation tomsRequest = portal.affiliation.affiliations().request(RequestAffiliation.builder()
        .account(ties.id()).organisation(organisation.id()).build(), portal.as(ties)).value();
    portal.affiliation.affiliations().approve(DecideAffiliation.builder().affiliation(tomsRequest.id()).build(),
        portal.as(itu));
    seat(FocalPointRole.TIES, ties);
    portal.deliver();
    story.line("Cast: " + ORGANISATION + " (Sector Member, CH) with Ida Weber as ITU focal point and Tom Keller"
        + " as TIES focal point; the operator's service desk.");
  }

  private void seat(FocalPointRole seat, AccountSummary account) {
    portal.affiliation.focalPoints().appoint(AppointFocalPoint.builder().organisation(organisation.id())
        .seat(seat).account(account.id()).build(), portal.operator);
  }

  // --------------------------------------------------------------------------------------------- journey 1

  private void signUpWithOrganisation() {
    story.does("Ada Lovelace signs up, picks " + ORGANISATION + " and ticks \"I want to request TIES access\"");
    AccountId id = portal.signUp(portal.signUpForm("Ada", "Lovelace", "ada.lovelace@alpine-telecom.example",
        "female"));
    ada = portal.account(id);
    adaRequest = portal.affiliation.affiliations().request(RequestAffiliation.builder().account(id)
        .organisation(organisation.id()).wantsTiesAccess(true).build(), portal.as(ada)).value();
    story.outcome("account " + ada.status() + ", affiliation " + adaRequest.state()
        + " (the focal points hear of it only once the address is verified)");
    story.mails(portal.deliver());

    portal.later(Duration.ofMinutes(3));
    story.does("Ada types the code from the mail");
    ada = portal.verify(ada.email());
    adaRequest = portal.affiliation.affiliations().get(adaRequest.id(), portal.as(ada));
    story.outcome("account " + ada.status() + ", affiliation " + adaRequest.state()
        + " (now the TIES focal point is told, and only he)");
    story.mails(portal.deliver());
  }

  // --------------------------------------------------------------------------------------------- journey 2

  private void tiesFocalPointApproves() {
    portal.later(Duration.ofHours(2));
    story.does("Ida (ITU focal point) opens \"Manage my users\", pending requests only");
    List<RosterEntry> pending = portal.affiliation.manageMyUsers().list(RosterQuery.builder()
        .organisation(organisation.id()).pendingOnly(true).build(), portal.as(itu)).items();
    List<String> rows = new ArrayList<>();
    for (RosterEntry row : pending) {
      rows.add(row.firstName() + " " + row.lastName() + " " + row.state()
          + (row.wantsTiesAccess() ? " (wants TIES access)" : ""));
    }
    story.outcome("she sees " + rows + "; mails she received about it: "
        + portal.mailbox.to(itu.email(), "affiliation.requested").stream()
            .filter(n -> ada.fullName().equals(n.parameters().get("requesterName"))).count()
        + " (only the TIES focal point is told)");

    story.does("Tom (TIES focal point) approves Ada's request");
    adaRequest = portal.affiliation.affiliations().approve(DecideAffiliation.builder()
        .affiliation(adaRequest.id()).build(), portal.as(ties)).value();
    story.outcome("affiliation " + adaRequest.state() + "; may Ada represent " + ORGANISATION + "? "
        + portal.affiliation.affiliations().mayRepresent(ada.id(), organisation.id(), portal.as(ada)));
    story.mails(portal.deliver());

    story.does("Ada, approved once, asks again to join " + ORGANISATION);
    try {
      portal.affiliation.affiliations().request(RequestAffiliation.builder().account(ada.id())
          .organisation(organisation.id()).build(), portal.as(ada));
      story.outcome("accepted");
    } catch (PortalException e) {
      story.refused(e);
    }
    story.mails(portal.deliver());
  }

  // --------------------------------------------------------------------------------------------- journey 5

  private void migratedAccountResets() {
    String email = "grace.hopper@example.org";
    story.does("The operator imports Grace Hopper's account from the previous portal");
    AccountSummary grace = portal.accounts.importAccount(ImportAccount.builder().email(email).firstName("Grace")
        .lastName("Hopper").preferredLanguage(portal.language.getLanguage())
        .putLegacyAttributes("organisation", "ITU-R SG5").build(), portal.operator).value();
    story.outcome("account " + grace.status());
    story.mails(portal.deliver());

    story.does("Grace signs in with the password she used on the old portal");
    SignInResult first = portal.accounts.signIn(SignIn.builder().email(email)
        .password(Secret.of("Old-Portal-Pass-1")).build(), portal.visitor()).value();
    story.outcome(first instanceof SignInResult.PasswordResetRequired
        ? "sent to reset her password (PasswordResetRequired)" : "unexpected " + first);
    story.mails(portal.deliver());

    story.does("Grace asks for a reset code");
    portal.accounts.forgotPassword(ForgotPassword.builder().email(email).build(), portal.visitor());
    story.outcome("acknowledged (the same answer whether or not the address has an account)");
    story.mails(portal.deliver());

    portal.later(Duration.ofMinutes(5));
    story.does("Grace types the code and a new password");
    String code = portal.mailbox.last(EmailAddress.of(email), AccountNotifications.RESET_CODE,
        AccountNotifications.CODE);
    grace = portal.accounts.resetPassword(ResetPassword.builder().email(email).code(Secret.of(code))
        .password(Secret.of(Portal.PASSWORD)).passwordConfirmation(Secret.of(Portal.PASSWORD)).build(),
        portal.visitor()).value();
    story.outcome("account " + grace.status());
    story.mails(portal.deliver());

    story.does("Grace signs in with her new password");
    SignInResult second = portal.accounts.signIn(SignIn.builder().email(email)
        .password(Secret.of(Portal.PASSWORD)).build(), portal.visitor()).value();
    story.outcome(second instanceof SignInResult.SignedIn ? "signed in" : "unexpected " + second);
    story.mails(portal.deliver());
  }
}
