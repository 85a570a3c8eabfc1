/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
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

  private final Layout layout;

  /**
   * Makes the resolver.
   *
   * @param layout what every page's layout shows
   */
  ErrorPages(Layout layout) {
    this.layout = layout;
  }

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    ModelAndView page = new ModelAndView("error", status);
    page.addAllObjects(layout.of("/", LocaleContextHolder.getLocale()));
    page.addObject("status", status.value());
    return page;
  }
}
