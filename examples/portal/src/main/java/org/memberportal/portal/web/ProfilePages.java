/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.memberportal.account.UserAccounts;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.profile.AddEntry;
import org.memberportal.careers.profile.Address;
import org.memberportal.careers.profile.CandidateProfiles;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.DeclareNoRelatives;
import org.memberportal.careers.profile.Education;
import org.memberportal.careers.profile.Employment;
import org.memberportal.careers.profile.EntryId;
import org.memberportal.careers.profile.LanguageSkill;
import org.memberportal.careers.profile.PersonalInformation;
import org.memberportal.careers.profile.Proficiency;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileEntry;
import org.memberportal.careers.profile.Reference;
import org.memberportal.careers.profile.RemoveEntry;
import org.memberportal.careers.profile.Section;
import org.memberportal.careers.profile.SetAddress;
import org.memberportal.careers.profile.SetContractInformation;
import org.memberportal.careers.profile.SetPersonalInformation;
import org.memberportal.kernel.PortalException;
import org.memberportal.portal.security.Me;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Candidate Profile, section by section, with its completeness (the required sections answered, those still
 * missing by their titles): personal information, address, languages, relatives (none declared), education,
 * employment, references and contract information. Each form sends the profile's version it was read at, so a
 * profile changed meanwhile (another tab) is refused rather than overwritten.
 */
@Controller
public class ProfilePages {

  private static final String PROFILE = "redirect:/careers/profile";

  private final CandidateProfiles profiles;
  private final UserAccounts accounts;
  private final Me me;
  private final MessageSource messages;

  /**
   * Makes the pages.
   *
   * @param profiles the candidate profiles
   * @param accounts the member accounts (the lists of countries and languages)
   * @param me the reader
   * @param messages the pages' sentences
   */
  public ProfilePages(CandidateProfiles profiles, UserAccounts accounts, Me me, MessageSource messages) {
    this.profiles = profiles;
    this.accounts = accounts;
    this.me = me;
    this.messages = messages;
  }

  /**
   * The Candidate Profile.
   *
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/careers/profile")
  public String profile(Model model) {
    return page(Map.of(), Feedback.none(), model);
  }

  /**
   * Saves one section: personal information and address are replaced, an entry is added to the other sections,
   * relatives are declared none.
   *
   * @param section the section's code ({@link Section#code})
   * @param form the section's form (fields {@code section-attribute}) and {@code expectedVersion}
   * @param model the page's model
   * @param flash the notice
   * @return the profile, or the form with its refusals
   */
  @PostMapping("/careers/profile/{section}")
  public String save(@PathVariable String section, @RequestParam Map<String, String> form, Model model,
      RedirectAttributes flash) {
    CandidateId candidate = CandidatePages.candidate();
    Locale locale = me.actor().locale();
    Entered entered = new Entered(form, section, messages, locale);
    long version = Long.parseLong(form.getOrDefault("expectedVersion", "0"));
    Function<ProfileEntry, AddEntry> adding = entry -> AddEntry.builder().candidate(candidate)
        .expectedVersion(version).entry(entry).build();
    try {
      switch (section) {
        case "personal-information" -> {
          PersonalInformation.Builder value = PersonalInformation.builder().firstName(entered.required("firstName"))
              .lastName(entered.required("lastName")).email(entered.text("email")).phone(entered.text("phone"))
              .addNationalities(entered.required("nationality"));
          entered.date("birthDate", true).ifPresent(value::birthDate);
          if (entered.complete()) {
            profiles.setPersonalInformation(SetPersonalInformation.builder().candidate(candidate)
                .expectedVersion(version).value(value.build()).build(), me.actor());
          }
        }
        case "address" -> {
          Address value = Address.builder().street(entered.required("street")).postalCode(entered.text("postalCode"))
              .city(entered.required("city")).country(entered.required("country")).build();
          if (entered.complete()) {
            profiles.setAddress(SetAddress.builder().candidate(candidate).expectedVersion(version).value(value)
                .build(), me.actor());
          }
        }
        case "languages" -> {
          LanguageSkill.Builder skill = LanguageSkill.builder().language(entered.required("language"));
          proficiency(entered, "reading").ifPresent(skill::reading);
          proficiency(entered, "writing").ifPresent(skill::writing);
          proficiency(entered, "speaking").ifPresent(skill::speaking);
          if (entered.complete()) {
            profiles.addEntry(adding.apply(skill.build()), me.actor());
          }
        }
        case "relatives" -> profiles.declareNoRelatives(DeclareNoRelatives.builder().candidate(candidate)
            .expectedVersion(version).build(), me.actor());
        case "education" -> {
          Education.Builder entry = Education.builder().institution(entered.required("institution"))
              .degree(entered.required("degree")).field(entered.required("field"))
              .country(entered.required("country")).to(entered.date("to", false));
          entered.date("from", true).ifPresent(entry::from);
          if (entered.complete()) {
            profiles.addEntry(adding.apply(entry.build()), me.actor());
          }
        }
        case "employment" -> {
          Employment.Builder entry = Employment.builder().employer(entered.required("employer"))
              .title(entered.required("title")).country(entered.required("country"))
              .duties(entered.text("duties")).to(entered.date("to", false));
          entered.date("from", true).ifPresent(entry::from);
          if (entered.complete()) {
            profiles.addEntry(adding.apply(entry.build()), me.actor());
          }
        }
        case "references" -> {
          Reference entry = Reference.builder().name(entered.required("name"))
              .position(entered.required("position")).email(entered.text("email")).phone(entered.text("phone"))
              .build();
          if (entered.complete()) {
            profiles.addEntry(adding.apply(entry), me.actor());
          }
        }
        case "contract-information" -> {
          ContractInformation.Builder value = ContractInformation.builder()
              .availableFrom(entered.date("availableFrom", false));
          Arrays.stream(ContractInterest.values()).filter(i -> entered.ticked(i.name())).forEach(value::addInterests);
          if (entered.complete()) {
            profiles.setContractInformation(SetContractInformation.builder().candidate(candidate)
                .expectedVersion(version).value(value.build()).build(), me.actor());
          }
        }
        default -> throw new SentElsewhere("/careers/profile");
      }
    } catch (PortalException refusal) {
      return page(form, entered.refused(refusal), model);
    }
    if (!entered.complete()) {
      return page(form, entered.feedback(), model);
    }
    flash.addFlashAttribute("notice", "web.profile.saved");
    return PROFILE;
  }

  /**
   * Removes an entry of a section.
   *
   * @param entry the entry
   * @param expectedVersion the profile's version the page showed
   * @param flash the notice
   * @return the profile
   */
  @PostMapping("/careers/profile/entries/{entry}/removal")
  public String remove(@PathVariable String entry, @RequestParam long expectedVersion, RedirectAttributes flash) {
    profiles.removeEntry(RemoveEntry.builder().candidate(CandidatePages.candidate()).expectedVersion(expectedVersion)
        .entry(EntryId.of(entry)).build(), me.actor());
    flash.addFlashAttribute("notice", "web.profile.removed");
    return PROFILE;
  }

  private String page(Map<String, String> form, Feedback feedback, Model model) {
    CandidateId candidate = CandidatePages.candidate();
    Profile profile = profiles.profile(candidate, me.actor());
    model.addAttribute("profile", profile);
    model.addAttribute("completeness", profile.completeness(me.actor().locale()));
    model.addAttribute("sections", Section.values());
    Map<String, String> shown = new HashMap<>();
    profile.personalInformation().ifPresent(p -> shown.putAll(Map.of("personal-information-firstName", p.firstName(),
        "personal-information-lastName", p.lastName(), "personal-information-birthDate", p.birthDate().toString(),
        "personal-information-nationality", p.nationalities().stream().sorted().findFirst().orElse(""),
        "personal-information-email", p.email(), "personal-information-phone", p.phone())));
    profile.address().ifPresent(a -> shown.putAll(Map.of("address-street", a.street(), "address-postalCode",
        a.postalCode(), "address-city", a.city(), "address-country", a.country())));
    shown.putAll(form);
    model.addAttribute("form", shown);
    model.addAttribute("feedback", feedback);
    model.addAttribute("reference", accounts.referenceData());
    model.addAttribute("labels", profile.entries().stream().collect(Collectors.toMap(ProfileEntry::id,
        ProfilePages::label)));
    model.addAttribute("proficiencies", Proficiency.values());
    model.addAttribute("interests", ContractInterest.values());
    return "profile";
  }

  /** An entry in one line. */
  private static String label(ProfileEntry entry) {
    if (entry instanceof LanguageSkill skill) {
      return skill.language() + ": " + skill.reading() + " / " + skill.writing() + " / " + skill.speaking();
    }
    if (entry instanceof Education education) {
      return education.degree() + ", " + education.field() + ", " + education.institution();
    }
    if (entry instanceof Employment employment) {
      return employment.title() + ", " + employment.employer();
    }
    if (entry instanceof Reference reference) {
      return reference.name() + ", " + reference.position();
    }
    return entry.section().code();
  }

  private static Optional<Proficiency> proficiency(Entered entered, String attribute) {
    String chosen = entered.required(attribute);
    return Arrays.stream(Proficiency.values()).filter(p -> p.name().equals(chosen)).findFirst();
  }
}
