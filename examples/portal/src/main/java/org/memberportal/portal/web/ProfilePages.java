/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.memberportal.account.UserAccounts;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.profile.AddEntry;
import org.memberportal.careers.profile.Address;
import org.memberportal.careers.profile.CandidateProfiles;
import org.memberportal.careers.profile.ComputerSkill;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.DeclareNoRelatives;
import org.memberportal.careers.profile.Education;
import org.memberportal.careers.profile.Employment;
import org.memberportal.careers.profile.EntryId;
import org.memberportal.careers.profile.Expertise;
import org.memberportal.careers.profile.LanguageSkill;
import org.memberportal.careers.profile.PersonalInformation;
import org.memberportal.careers.profile.Proficiency;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileEntry;
import org.memberportal.careers.profile.Publication;
import org.memberportal.careers.profile.Qualification;
import org.memberportal.careers.profile.QualificationKind;
import org.memberportal.careers.profile.Reference;
import org.memberportal.careers.profile.Relative;
import org.memberportal.careers.profile.RelativeEmployer;
import org.memberportal.careers.profile.RemoveEntry;
import org.memberportal.careers.profile.Section;
import org.memberportal.careers.profile.SetAddress;
import org.memberportal.careers.profile.SetContractInformation;
import org.memberportal.careers.profile.SetPersonalInformation;
import org.memberportal.careers.profile.UpdateEntry;
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
 * missing by their titles): personal information, address, languages, relatives (listed, or none declared),
 * education, employment, the optional qualifications, expertise, computer skills and publications, references and
 * contract information; an entry of any section can be changed or removed, and its levels and kinds read in the
 * reader's language. Each form sends the profile's version it was read at, so a
 * profile changed meanwhile (another tab) is refused rather than overwritten.
 */
@Controller
public class ProfilePages {

  private static final String PROFILE = "redirect:/careers/profile";

  private final CandidateProfiles profiles;
  private final UserAccounts accounts;
  private final Me me;
  private final MessageSource messages;
  private final EntryViews views;

  /**
   * Makes the pages.
   *
   * @param profiles the candidate profiles
   * @param accounts the member accounts (the lists of countries and languages)
   * @param me the reader
   * @param messages the pages' sentences
   * @param views the entries as the page shows them
   */
  public ProfilePages(CandidateProfiles profiles, UserAccounts accounts, Me me, MessageSource messages,
      EntryViews views) {
    this.profiles = profiles;
    this.accounts = accounts;
    this.me = me;
    this.messages = messages;
    this.views = views;
  }

  /**
   * The Candidate Profile; with {@code edit}, one entry's values fill its section's form, which then changes that
   * entry instead of adding one.
   *
   * @param edit the entry to change, if any
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/careers/profile")
  public String profile(@RequestParam Optional<String> edit, Model model) {
    Map<String, String> form = new HashMap<>();
    edit.ifPresent(id -> {
      ProfileEntry entry = profiles.profile(CandidatePages.candidate(), me.actor()).entry(EntryId.of(id))
          .orElseThrow(() -> new SentElsewhere("/careers/profile"));
      form.putAll(EntryViews.fields(entry));
      form.put("entry", id);
    });
    return page(form, Feedback.none(), model);
  }

  /**
   * Saves one section: personal information, address and contract information are replaced; an entry is added to
   * the other sections, or changed when the form names it ({@code entry}); relatives may instead be declared none
   * ({@code relatives-none}).
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
    Optional<EntryId> editing = Optional.ofNullable(form.get("entry")).filter(id -> !id.isBlank()).map(EntryId::of);
    BiConsumer<Consumer<EntryId>, Supplier<ProfileEntry>> keep = (id, built) -> {
      editing.ifPresent(id);
      if (!entered.complete()) {
        return;
      }
      if (editing.isPresent()) {
        profiles.updateEntry(UpdateEntry.builder().candidate(candidate).expectedVersion(version).entry(built.get())
            .build(), me.actor());
      } else {
        profiles.addEntry(AddEntry.builder().candidate(candidate).expectedVersion(version).entry(built.get())
            .build(), me.actor());
      }
    };
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
          entered.choice("reading", Proficiency.class).ifPresent(skill::reading);
          entered.choice("writing", Proficiency.class).ifPresent(skill::writing);
          entered.choice("speaking", Proficiency.class).ifPresent(skill::speaking);
          keep.accept(skill::id, skill::build);
        }
        case "relatives" -> {
          if (entered.ticked("none")) {
            profiles.declareNoRelatives(DeclareNoRelatives.builder().candidate(candidate).expectedVersion(version)
                .build(), me.actor());
          } else {
            Relative.Builder entry = Relative.builder().name(entered.required("name"))
                .relationship(entered.required("relationship")).organisation(entered.text("organisation"));
            entered.choice("employer", RelativeEmployer.class).ifPresent(entry::employer);
            keep.accept(entry::id, entry::build);
          }
        }
        case "education" -> {
          Education.Builder entry = Education.builder().institution(entered.required("institution"))
              .degree(entered.required("degree")).field(entered.required("field"))
              .country(entered.required("country")).to(entered.date("to", false));
          entered.date("from", true).ifPresent(entry::from);
          keep.accept(entry::id, entry::build);
        }
        case "employment" -> {
          Employment.Builder entry = Employment.builder().employer(entered.required("employer"))
              .title(entered.required("title")).country(entered.required("country"))
              .duties(entered.text("duties")).to(entered.date("to", false));
          entered.date("from", true).ifPresent(entry::from);
          keep.accept(entry::id, entry::build);
        }
        case "qualifications" -> {
          Qualification.Builder entry = Qualification.builder().title(entered.required("title"))
              .issuer(entered.required("issuer"));
          entered.choice("kind", QualificationKind.class).ifPresent(entry::kind);
          entered.date("obtained", true).ifPresent(entry::obtained);
          keep.accept(entry::id, entry::build);
        }
        case "expertise" -> {
          Expertise.Builder entry = Expertise.builder().area(entered.required("area"));
          entered.number("years", true).ifPresent(entry::years);
          keep.accept(entry::id, entry::build);
        }
        case "computer-skills" -> {
          ComputerSkill.Builder entry = ComputerSkill.builder().skill(entered.required("skill"));
          entered.choice("level", Proficiency.class).ifPresent(entry::level);
          keep.accept(entry::id, entry::build);
        }
        case "publications" -> {
          Publication.Builder entry = Publication.builder().title(entered.required("title"))
              .venue(entered.required("venue"));
          entered.number("year", true).ifPresent(entry::year);
          keep.accept(entry::id, entry::build);
        }
        case "references" -> {
          Reference.Builder entry = Reference.builder().name(entered.required("name"))
              .position(entered.required("position")).email(entered.text("email")).phone(entered.text("phone"));
          keep.accept(entry::id, entry::build);
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
    Locale locale = me.actor().locale();
    model.addAttribute("labels", profile.entries().stream().collect(Collectors.toMap(ProfileEntry::id,
        e -> views.label(e, locale))));
    model.addAttribute("editing", Optional.ofNullable(form.get("entry")).map(EntryId::of).flatMap(profile::entry)
        .map(e -> e.section().code()).orElse(""));
    model.addAttribute("fields", ProfileForms.FIELDS);
    model.addAttribute("single", ProfileForms.SINGLE);
    model.addAttribute("choices", Map.of("countries", accounts.referenceData().countries(), "languages",
        accounts.referenceData().languages(), "proficiencies", views.choices(Proficiency.class, locale), "kinds",
        views.choices(QualificationKind.class, locale), "employers", views.choices(RelativeEmployer.class, locale)));
    model.addAttribute("interests", ContractInterest.values());
    return "profile";
  }
}
