/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.PortalException;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages' one way through a form (post, redirect, get): the command runs; done, the reader is sent on to the
 * next page with a notice; refused, the form's page is shown again with the refusal (each violation by its field,
 * anything else as its sentence).
 */
final class Forms {

  private Forms() {}

  /**
   * Runs a form's command.
   *
   * @param command the library's command
   * @param locale the reader's language
   * @param refused the form's page with the refusal
   * @param flash the next page's notice
   * @param notice the notice's message key
   * @param next the next page's path
   * @return a redirection to the next page, or the form's page
   */
  static String submit(Runnable command, Locale locale, Function<Feedback, String> refused, RedirectAttributes flash,
      String notice, String next) {
    try {
      command.run();
    } catch (PortalException refusal) {
      return refused.apply(Feedback.of(refusal, "", locale));
    }
    flash.addFlashAttribute("notice", notice);
    return "redirect:" + next;
  }

  /**
   * A sign-in form's answer: the next page when the attempt signs the reader in; otherwise the form again, with one
   * sentence that does not say which of address and password was wrong, or the refusal.
   *
   * @param attempt signs in, and names the next page; null when the address and password do not sign in
   * @param locale the reader's language
   * @param messages the pages' sentences
   * @param model the page's model
   * @param page the sign-in page
   * @param email the address entered
   * @return the next page, or the sign-in page
   */
  static String signIn(Supplier<@Nullable String> attempt, Locale locale, MessageSource messages, Model model,
      String page, String email) {
    Feedback feedback;
    try {
      String next = attempt.get();
      if (next != null) {
        return next;
      }
      feedback = Feedback.sentence(messages.getMessage("web.sign-in.rejected", null, locale));
    } catch (PortalException refusal) {
      feedback = Feedback.of(refusal, "", locale);
    }
    return again(model, page, email, feedback);
  }

  /**
   * A form that asks for an address, shown again with what the library said.
   *
   * @param model the page's model
   * @param page the form's page
   * @param email the address entered
   * @param feedback the refusal, or a sentence
   * @return the page
   */
  static String again(Model model, String page, String email, Feedback feedback) {
    model.addAttribute("email", email);
    model.addAttribute("feedback", feedback);
    return page;
  }
}
