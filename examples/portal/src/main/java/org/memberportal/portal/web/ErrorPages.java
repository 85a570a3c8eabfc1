/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.portal.language.PageLanguage;
import org.memberportal.portal.security.Me;
import org.memberportal.ties.access.TiesAccess;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page of a browser's request that no page answered (an unknown address, a form sent without its CSRF
 * token): the layout in the reader's language with one sentence for the status, never the cause. A client that
 * asks for JSON gets Spring Boot's error body as before.
 */
@Component
public class ErrorPages implements ErrorViewResolver {

  private final Me me;
  private final TiesAccess ties;
  private final Affiliations affiliations;
  private final FocalPoints focalPoints;

  /**
   * Makes the resolver.
   *
   * @param me the reader
   * @param ties TIES access (the menu)
   * @param affiliations the affiliations (the menu)
   * @param focalPoints the seats (the menu)
   */
  public ErrorPages(Me me, TiesAccess ties, Affiliations affiliations, FocalPoints focalPoints) {
    this.me = me;
    this.ties = ties;
    this.affiliations = affiliations;
    this.focalPoints = focalPoints;
  }

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("viewer", Viewer.of(me.actor(), ties, affiliations, focalPoints));
    page.addObject("here", "/");
    page.addAllObjects(PageLanguage.of(LocaleContextHolder.getLocale()).attributes());
    page.addObject("status", status.value());
    return page;
  }
}
