/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.memberportal.kernel.PortalException;
import org.memberportal.portal.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.ErrorResponse;

/**
 * What every page has: the reader ({@link Viewer}, for the menu), the page's own path (for the language switch) and
 * the language ({@link PageLanguage}: its tag, its direction, the switch's choices); a page that needs a session
 * sends the reader to sign in; a refusal no form shows is a page with its sentence; anything else is the error page
 * in the reader's language, which shows nothing of its cause. Applies to the pages only (the API answers with
 * problem details).
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageAdvice {

  private static final Logger LOG = LoggerFactory.getLogger(PageAdvice.class);

  private final Layout layout;

  /**
   * Makes the advice.
   *
   * @param layout what every page's layout shows
   */
  PageAdvice(Layout layout) {
    this.layout = layout;
  }

  /**
   * The reader, the page's path and the language, for the layout.
   *
   * @param model the page's model
   * @param request the request
   * @param locale the reader's language
   */
  @ModelAttribute
  public void layout(Model model, HttpServletRequest request, Locale locale) {
    model.addAllAttributes(layout.of(request.getServletPath(), locale));
  }

  /**
   * A page the reader cannot use now.
   *
   * @param missing where to go instead
   * @return a redirection there
   */
  @ExceptionHandler(SentElsewhere.class)
  public String elsewhere(SentElsewhere missing) {
    return "redirect:" + missing.page();
  }

  /**
   * A refusal that no form of the page shows (a request already decided, a stale page): its sentence.
   *
   * @param refusal the library's refusal
   * @param model the page's model
   * @param request the request
   * @param response the response (its status is the refusal's)
   * @param locale the reader's language
   * @return the refusal page
   */
  @ExceptionHandler(PortalException.class)
  public String refused(PortalException refusal, Model model, HttpServletRequest request,
      HttpServletResponse response, Locale locale) {
    layout(model, request, locale);
    response.setStatus(Problems.statusOf(refusal.code()).value());
    model.addAttribute("feedback", Feedback.of(refusal, "", locale));
    return "refused";
  }

  /**
   * Anything else: Spring's own refusals of a request (a missing parameter, a wrong method) with their status,
   * anything unexpected as 500 (logged); the error page either way.
   *
   * @param failure what was thrown
   * @param model the page's model
   * @param request the request
   * @param response the response
   * @param locale the reader's language
   * @return the error page
   */
  @ExceptionHandler(Exception.class)
  public String failed(Exception failure, Model model, HttpServletRequest request, HttpServletResponse response,
      Locale locale) {
    HttpStatus status = failure instanceof ErrorResponse refused
        ? HttpStatus.resolve(refused.getStatusCode().value()) : null;
    if (status == null || status.is5xxServerError()) {
      LOG.error("unexpected failure of a page", failure);
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    layout(model, request, locale);
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    return "error";
  }
}
