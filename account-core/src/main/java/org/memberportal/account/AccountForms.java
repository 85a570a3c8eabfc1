/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.reference.Choice;
import org.memberportal.account.reference.ReferenceData;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

/** The validation of the user accounts' forms: the command's constraints and the rules beyond them, in one answer. */
final class AccountForms {

  private AccountForms() {}

  /**
   * Refuses a command that breaks its constraints or the further rules, listing all of them, sorted.
   *
   * @throws ValidationFailed listing every violation
   */
  static void validate(Object command, Actor actor, Supplier<List<Violation>> rules) {
    List<Violation> found = new ArrayList<>();
    try {
      Validation.check(command, actor);
    } catch (ValidationFailed e) {
      found.addAll(e.violations());
    }
    found.addAll(rules.get());
    if (!found.isEmpty()) {
      found.sort(Comparator.comparing(Violation::path).thenComparing(Violation::code));
      throw new ValidationFailed(found);
    }
  }

  /** The reference-data codes of the personal details, each one of the offered choices. */
  static List<Violation> choices(PersonalDetails details, ReferenceData reference, Actor actor) {
    List<Violation> out = new ArrayList<>();
    checkChoice(out, "title", details.title(), reference.titles(), actor);
    checkChoice(out, "gender", details.gender(), reference.genders(), actor);
    checkChoice(out, "professionalRole", details.professionalRole(), reference.professionalRoles(), actor);
    checkChoice(out, "preferredLanguage", details.preferredLanguage(), reference.languages(), actor);
    return out;
  }

  /** A reference-data code, one of the offered choices when given. */
  static void checkChoice(List<Violation> out, String path, @Nullable String code, List<Choice> list, Actor actor) {
    if (code != null && !code.isBlank() && !ReferenceData.has(list, code)) {
      out.add(Validation.violation(path, AccountRefusals.REFERENCE_UNKNOWN, actor.locale()));
    }
  }

  /** A validated text, or empty for an absent optional one. */
  static String value(@Nullable String text) {
    return text == null ? "" : text;
  }
}
