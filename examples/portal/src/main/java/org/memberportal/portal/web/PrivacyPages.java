/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Map;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.AlertId;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.careers.alert.SubscribeToAlerts;
import org.memberportal.careers.alert.Unsubscribe;
import org.memberportal.careers.privacy.ConsentScope;
import org.memberportal.careers.privacy.DeleteProfile;
import org.memberportal.careers.privacy.GiveConsent;
import org.memberportal.careers.privacy.Privacy;
import org.memberportal.careers.privacy.WithdrawConsent;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.PortalException;
import org.memberportal.portal.security.Me;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A candidate's job alerts (subscribe with keywords and types, unsubscribe) and privacy: the consent to share the
 * profile outside ITU (give, withdraw), the export of every datum kept (a JSON document), and the deletion of the
 * profile and careers account, after which the session ends and a sign-in reads like any unknown address.
 */
@Controller
public class PrivacyPages {

  private final JobAlerts alerts;
  private final Privacy privacy;
  private final Me me;
  private final MessageSource messages;

  /**
   * Makes the pages.
   *
   * @param alerts the job alerts
   * @param privacy the candidate's data
   * @param me the reader
   * @param messages the pages' sentences
   */
  public PrivacyPages(JobAlerts alerts, Privacy privacy, Me me, MessageSource messages) {
    this.alerts = alerts;
    this.privacy = privacy;
    this.me = me;
    this.messages = messages;
  }

  /**
   * Job alerts.
   *
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/careers/alerts")
  public String alerts(Model model) {
    return alertsPage(Map.of(), Feedback.none(), model);
  }

  /**
   * Subscribes to an alert.
   *
   * @param form {@code alert-keywords} and a box per vacancy type ({@code alert-TYPE})
   * @param model the page's model
   * @param flash the notice
   * @return the alerts, or the form with its refusal
   */
  @PostMapping("/careers/alerts")
  public String subscribe(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
    CandidatePages.candidate();
    Entered entered = new Entered(form, "alert", messages, me.actor().locale());
    AlertCriteria.Builder criteria = AlertCriteria.builder();
    if (!entered.text("keywords").isEmpty()) {
      criteria.keywords(entered.text("keywords"));
    }
    Arrays.stream(VacancyType.values()).filter(t -> entered.ticked(t.name())).forEach(criteria::addTypes);
    try {
      alerts.subscribe(SubscribeToAlerts.builder().criteria(criteria.build()).build(), me.actor());
    } catch (PortalException refusal) {
      return alertsPage(form, entered.refused(refusal), model);
    }
    flash.addFlashAttribute("notice", "web.alerts.subscribed");
    return "redirect:/careers/alerts";
  }

  /**
   * Unsubscribes from an alert.
   *
   * @param alert the alert
   * @param flash the notice
   * @return the alerts
   */
  @PostMapping("/careers/alerts/{alert}/removal")
  public String unsubscribe(@PathVariable String alert, RedirectAttributes flash) {
    CandidatePages.candidate();
    alerts.unsubscribe(Unsubscribe.of(AlertId.of(alert)), me.actor());
    flash.addFlashAttribute("notice", "web.alerts.unsubscribed");
    return "redirect:/careers/alerts";
  }

  private String alertsPage(Map<String, String> form, Feedback feedback, Model model) {
    CandidatePages.candidate();
    model.addAttribute("alerts", alerts.alerts(me.actor()));
    model.addAttribute("types", VacancyType.values());
    model.addAttribute("form", form);
    model.addAttribute("feedback", feedback);
    return "alerts";
  }

  /**
   * Privacy: the consent, the export, the deletion.
   *
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/careers/privacy")
  public String privacy(Model model) {
    return privacyPage(Feedback.none(), model);
  }

  private String privacyPage(Feedback feedback, Model model) {
    model.addAttribute("sharing", privacy.mayShareOutside(CandidatePages.candidate(), me.actor()));
    model.addAttribute("feedback", feedback);
    return "privacy";
  }

  /**
   * Gives ({@code give=true}) or withdraws the consent to share the profile outside ITU.
   *
   * @param give whether to give it
   * @param flash the notice
   * @return the privacy page
   */
  @PostMapping("/careers/privacy/consent")
  public String consent(@RequestParam(defaultValue = "false") boolean give, RedirectAttributes flash) {
    CandidateId candidate = CandidatePages.candidate();
    if (give) {
      privacy.giveConsent(GiveConsent.builder().candidate(candidate)
          .scope(ConsentScope.SHARE_OUTSIDE_ORGANISATION).build(), me.actor());
    } else {
      privacy.withdrawConsent(WithdrawConsent.builder().candidate(candidate)
          .scope(ConsentScope.SHARE_OUTSIDE_ORGANISATION).build(), me.actor());
    }
    flash.addFlashAttribute("notice", give ? "web.privacy.consent-given" : "web.privacy.consent-withdrawn");
    return "redirect:/careers/privacy";
  }

  /**
   * Every datum kept of the candidate, as a JSON document to keep.
   *
   * @return the document
   */
  @GetMapping("/careers/privacy/export")
  public ResponseEntity<String> export() {
    String document = privacy.export(CandidatePages.candidate(), me.actor()).toJson();
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("my-careers-data.json")
            .build().toString())
        .body(document);
  }

  /**
   * Deletes the profile and the careers account, once the candidate ticked that they understand; the session ends.
   *
   * @param understood the tick
   * @param model the page's model
   * @param request the request (its session ends)
   * @param flash the sign-in page's notice
   * @return the candidate's sign-in, or this page with the missing tick
   */
  @PostMapping("/careers/privacy/deletion")
  public String delete(@RequestParam(defaultValue = "false") boolean understood, Model model,
      HttpServletRequest request, RedirectAttributes flash) {
    CandidateId candidate = CandidatePages.candidate();
    if (!understood) {
      return privacyPage(new Feedback(Map.of("understood", java.util.List.of(messages.getMessage(
          "web.privacy.delete.tick", null, me.actor().locale()))), "", java.util.Set.of()), model);
    }
    privacy.deleteProfile(DeleteProfile.builder().candidate(candidate).build(), me.actor());
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
    flash.addFlashAttribute("notice", "web.privacy.deleted");
    return "redirect:/careers/sign-in";
  }
}
