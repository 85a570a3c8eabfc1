/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.SubscribeToAlerts;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.profile.AddEntry;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileEntry;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.careers.testkit.VacancyFixtures;
import org.memberportal.careers.vacancy.DraftVacancy;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Text;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;
import org.memberportal.kernel.testkit.MutableClock;

/**
 * Text that is not text, in every text field of every command of the hostile-input catalogue
 * ({@link HostileScene#COMMANDS}, kept complete by {@link CoverageTests}), on the in-memory adapters and on the
 * PostgreSQL stores: each call answers {@code validation-failed} with the kernel's text rule, never
 * {@code unavailable}, and changes no store, no event log and no outbox (the in-memory stores compared deeply,
 * every PostgreSQL table by a digest of its rows).
 *
 * <p>The catalogue's scenes read their text through {@link Hostile.Values#s}; a first pass on a throw-away scene
 * finds which string slots each command reads as text (for two choices of the scene's picks, which route text to
 * different fields), then every such slot receives each hostile value between ordinary letters, the other slots
 * holding an ordinary word.
 */
class HostileTextTests {

  /** The hostile characters, by what they are. */
  static final Map<String, String> HOSTILE = hostile();

  private static final List<List<Integer>> PICKS = List.of(List.of(1, 3, 5, 1, 3, 5), List.of(0, 2, 4, 0, 2, 4));
  private static final String WORD = "Ada";

  /** A command, a choice of picks, and a slot it reads as text. */
  record Probe(int command, int picks, int slot) {
    String name() {
      return HostileScene.COMMANDS.get(command).name();
    }
  }

  /**
   * One call with hostile text in one place.
   *
   * @param kind what the command takes when its fields' names alone are ambiguous (a profile entry's section)
   */
  record Try(String module, String command, String kind, String where, Supplier<Object> call) {}

  /** What one adapter's run found. */
  record Run(int calls, int held, Set<String> fields, Set<String> commands) {}

  private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();
  private static final List<Probe> PROBES = probes();

  private static Map<String, String> hostile() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("NUL (U+0000)", "\u0000");
    out.put("C0 escape sequence (U+001B)", "\u001b[31m");
    out.put("DEL (U+007F)", "\u007f");
    out.put("C1 next line (U+0085)", "\u0085");
    out.put("C1 control sequence introducer (U+009B)", "\u009b");
    out.put("unpaired high surrogate (U+D800)", "\ud800");
    out.put("unpaired low surrogate (U+DFFF)", "\udfff");
    out.put("right-to-left override (U+202E)", "\u202e");
    out.put("left-to-right isolate (U+2066)", "\u2066");
    out.put("noncharacter (U+FFFF)", "\uffff");
    return Collections.unmodifiableMap(out);
  }

  private static Hostile.Values values(int picks, int slot, String text) {
    List<String> strings = new ArrayList<>(Collections.nCopies(8, WORD));
    if (slot >= 0) {
      strings.set(slot, text);
    }
    return new Hostile.Values(strings, List.of(2020, 10, 1), List.of(0L, 1L), PICKS.get(picks), 0,
        MutableClock.START);
  }

  /** Which slots each command reads as text, found on a throw-away in-memory scene. */
  private static List<Probe> probes() {
    HostileScene scene = new HostileScene();
    List<Probe> out = new ArrayList<>();
    for (int c = 0; c < HostileScene.COMMANDS.size(); c++) {
      HostileScene.Command command = HostileScene.COMMANDS.get(c);
      for (int p = 0; p < PICKS.size(); p++) {
        Hostile.textRead();
        scene.current = command;
        try {
          command.call().apply(scene, values(p, -1, WORD));
        } catch (RuntimeException e) {
          // only the slots read matter here
        }
        BitSet read = Hostile.textRead();
        for (int slot = read.nextSetBit(0); slot >= 0; slot = read.nextSetBit(slot + 1)) {
          out.add(new Probe(c, p, slot));
        }
      }
    }
    return out;
  }

  @Test
  void hostileTextInEveryTextFieldIsRefusedInMemory() {
    check("in-memory", HostileScene::new);
  }

  @Test
  void hostileTextInEveryTextFieldIsRefusedOnPostgres() {
    check("PostgreSQL", () -> new HostileScene(Portal.onPostgres("hostile_text")));
  }

  private static void check(String adapter, Supplier<HostileScene> scenes) {
    HostileScene scene = scenes.get();
    try {
      check(adapter, scene);
    } finally {
      if (scene.portal.database instanceof HikariDataSource pool) {
        pool.close();
      }
    }
  }

  private static void check(String adapter, HostileScene scene) {
    Portal portal = scene.portal;
    StoreSnapshot before = portal.snapshot();
    int calls = 0;
    int held = 0;
    Set<String> fields = new TreeSet<>();
    Set<String> commands = new TreeSet<>();
    List<String> broken = new ArrayList<>();
    for (Map.Entry<String, String> hostile : HOSTILE.entrySet()) {
      String text = WORD + hostile.getValue() + "Byron";
      String expected = Text.Check.problem(text, true).orElseThrow();
      List<Try> tries = new ArrayList<>();
      for (Probe probe : PROBES) {
        HostileScene.Command command = HostileScene.COMMANDS.get(probe.command());
        Hostile.Values values = values(probe.picks(), probe.slot(), text);
        String where = "slot " + probe.slot() + " picks " + probe.picks();
        tries.add(new Try(command.module(), command.name(), "", where, () -> {
          Hostile.textRead();
          scene.current = command;
          Object result = command.call().apply(scene, values);
          if (!Hostile.textRead().get(probe.slot())) {
            throw new AssertionError("the scene no longer reads slot " + probe.slot() + " as text");
          }
          return result;
        }));
      }
      tries.addAll(unreached(scene, text));
      for (Try one : tries) {
        commands.add(one.module() + " " + one.command());
        Portal.Attempt<Object> attempt = portal.attempt(one.command(), one.call());
        calls++;
        String call = one.command() + " " + one.kind() + " " + one.where() + " with " + hostile.getKey();
        StoreSnapshot after = portal.snapshot();
        List<String> changed = before.differences(after);
        before = after;
        PortalException failure = attempt.failure().orElse(null);
        List<String> refused = failure instanceof ValidationFailed v ? v.violations().stream()
            .filter(x -> x.code().equals(expected)).map(Violation::path).toList() : List.of();
        if (refused.isEmpty()) {
          broken.add(call + ": answered " + (failure == null ? "success" : failure.code() + " " + failure.reason()
              + " " + (failure instanceof ValidationFailed v ? v.violations() : "")) + " instead of " + expected);
        } else if (!changed.isEmpty()) {
          broken.add(call + ": refused but changed " + changed);
        } else {
          held++;
          refused.forEach(path -> fields.add(one.command() + " " + (one.kind().isEmpty() ? "" : one.kind() + ":")
              + field(path)));
        }
      }
    }
    RUNS.put(adapter, new Run(calls, held, fields, commands));
    assertThat(broken).as("hostile text that was not refused cleanly on %s", adapter).isEmpty();
    assertThat(calls).isGreaterThan(500);
  }

  /** A violation's path as a field: indices and keys dropped, Hibernate Validator's element nodes named. */
  private static String field(String path) {
    return path.replaceAll("<K>\\[[^]]*]\\.<map key>", "[key]").replaceAll("\\[[^]]*]", "[]")
        .replaceAll("\\.<[a-z ]+>", "");
  }

  /**
   * The text the catalogue's scenes do not reach (profile entries other than a publication, the grades and duty
   * stations of alerts and searches, a vacancy's duty station): from a valid value of each, one copy per text
   * property (at any depth) holding the hostile text, made with the value's own copy methods.
   */
  private static List<Try> unreached(HostileScene s, String text) {
    String careers = "careers-core";
    List<Try> out = new ArrayList<>();
    var desk = s.portal.careers;
    for (ProfileEntry entry : ProfileFixtures.complete(s.candidate).entries()) {
      copies(entry, text).forEach((path, copy) -> out.add(new Try(careers, "CandidateProfiles.addEntry",
          entry.section().toString(), path, () -> desk.candidateProfiles().addEntry(AddEntry.builder()
              .candidate(s.candidate).expectedVersion(s.portal.profile(s.candidate).map(Profile::version).orElse(0L))
              .entry((ProfileEntry) copy).build(), Candidate.of(s.candidate)))));
    }
    copies(VacancyFixtures.regularHeadquartersPost(s.portal.clock.instant()).build(), text).forEach((path, copy) ->
        out.add(new Try(careers, "VacancyDesk.draft", "", path, () -> desk.vacancyDesk().draft((DraftVacancy) copy,
            s.recruiter))));
    copies(AlertCriteria.any(), text).forEach((path, copy) -> out.add(new Try(careers, "JobAlerts.subscribe", "", path,
        () -> desk.jobAlerts().subscribe(SubscribeToAlerts.builder().criteria((AlertCriteria) copy).build(),
            Candidate.of(s.candidate)))));
    copies(OpeningQuery.builder().build(), text).forEach((path, copy) -> out.add(new Try(careers,
        "JobOpenings.search", "", path, () -> desk.jobOpenings().search((OpeningQuery) copy, Actor.anonymous()))));
    return out;
  }

  /**
   * Copies of a value with one text property holding the text, by property path: through the {@code with}
   * methods Immutables generates, into nested values too.
   */
  private static Map<String, Object> copies(Object value, String text) {
    Map<String, Object> out = new TreeMap<>();
    for (Method with : value.getClass().getDeclaredMethods()) {
      if (!with.getName().startsWith("with") || with.getParameterCount() != 1 || with.isSynthetic()) {
        continue;
      }
      String property = Character.toLowerCase(with.getName().charAt(4)) + with.getName().substring(5);
      Class<?> type = with.getParameterTypes()[0];
      with.setAccessible(true);
      if (type == String.class) {
        out.put(property, invoke(with, value, text));
      } else if (type == String[].class) {
        out.put(property, invoke(with, value, (Object) new String[] {text}));
      } else if (type.getPackageName().startsWith("org.memberportal.") && !type.isEnum()) {
        try {
          Method getter = value.getClass().getMethod(property);
          getter.setAccessible(true);
          Object current = getter.invoke(value);
          copies(current, text).forEach((path, inner) -> out.put(property + "." + path, invoke(with, value, inner)));
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    return out;
  }

  private static Object invoke(Method with, Object value, Object argument) {
    try {
      return with.invoke(value, argument);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(with + " refused " + argument, e);
    }
  }

  @AfterAll
  static void report() {
    if (RUNS.isEmpty()) {
      return;
    }
    Set<String> commands = new TreeSet<>();
    Set<String> fields = new TreeSet<>();
    RUNS.values().forEach(r -> {
      commands.addAll(r.commands());
      fields.addAll(r.fields());
    });
    StringBuilder md = new StringBuilder("## Text that is not text\n\n");
    md.append("Every text property of every command and value the API accepts carries the kernel's `@Text` ")
        .append("(an address carries `@ValidEmail`, which holds it to the same rule under the same codes) ")
        .append("(`TextRuleCoverageTests` walks the API from the services' public methods and fails on a `String` ")
        .append("without it, or a nested value not validated with its owner). It refuses control characters ")
        .append("(`kernel.text.control-character`: C0, DEL, C1; tab, line breaks and the Unicode line and paragraph ")
        .append("separators outside multi-line fields), bidirectional formatting characters ")
        .append("(`kernel.text.bidi-control`) and unpaired surrogates and noncharacters (`kernel.text.ill-formed`).")
        .append("\n\n");
    md.append("`HostileTextTests` sends each of ").append(HOSTILE.size()).append(" hostile values, between ")
        .append("ordinary letters, into every string slot that a command of the hostile-input catalogue reads as ")
        .append("text (").append(commands.size()).append(" of its ").append(HostileScene.COMMANDS.size())
        .append(" commands and queries read text; the others take ids, choices, numbers, dates or secrets), and ")
        .append("expects `validation-failed` with the rule's code and no change to any store, event log or outbox ")
        .append("(on PostgreSQL: a digest of every table's rows). Hostile values: ")
        .append(String.join(", ", HOSTILE.keySet())).append(".\n\n");
    md.append("| adapters | calls (text places x hostile values) | held | text fields refused (command x property path) |\n")
        .append("|---|---:|---:|---:|\n");
    new TreeMap<>(RUNS).forEach((adapter, run) -> md.append("| ").append(adapter).append(" | ")
        .append(String.format("%,d", run.calls())).append(" | ").append(String.format("%,d", run.held()))
        .append(" | ").append(run.fields().size()).append(" |\n"));
    md.append("\nFields refused, by command: ");
    Map<String, List<String>> byCommand = new TreeMap<>();
    fields.forEach(f -> byCommand.computeIfAbsent(f.substring(0, f.indexOf(' ')), k -> new ArrayList<>())
        .add(f.substring(f.indexOf(' ') + 1)));
    List<String> rows = new ArrayList<>();
    byCommand.forEach((command, paths) -> rows.add("`" + command + "` (" + String.join(", ", paths) + ")"));
    md.append(String.join("; ", rows)).append(".\n");
    Report.section("9-text", md.toString());
  }
}
