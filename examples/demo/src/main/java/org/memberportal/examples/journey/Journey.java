/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

  /** The command line's options, as the usage line shows them. */
  static final String USAGE = "usage: Journey [--lang ar|zh|en|fr|ru|es] [--step N] [--db memory|postgres]";

  private final PrintStream out;
  private final Set<Integer> played = new HashSet<>();
  private Portal portal;
  private Story story = new Story(System.out, new MailText());
  private Cast cast;
  private AffiliationJourney affiliationJourney;
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
          + (options.language().getLanguage().equals("en") ? ""
              : " (mails in " + options.language().getDisplayLanguage(Locale.ENGLISH) + ")"));
      cast = Cast.on(portal, story);
      affiliationJourney = new AffiliationJourney(portal, story, cast);
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
      case 1 -> affiliationJourney.signUpWithOrganisation();
      case 2 -> affiliationJourney.tiesFocalPointApproves();
      case 3 -> new TiesJourney(portal, story).requestApproved(cast.organisation(), affiliationJourney.ada(),
          cast.ties());
      case 4 -> new TiesJourney(portal, story).handOver(cast.organisation(), affiliationJourney.ada(), cast.ties());
      case 5 -> new MigrationJourney(portal, story).migratedAccountResets();
      case 6 -> careers().consultantApplies();
      case 7 -> careers().candidateLeaves();
      default -> throw new IllegalArgumentException("no journey " + step);
    }
    story.mute(false);
    played.add(step);
  }
}
