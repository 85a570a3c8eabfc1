/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.portal.language.PageLanguage;
import org.memberportal.portal.security.Me;
import org.memberportal.ties.access.TiesAccess;
import org.springframework.stereotype.Component;

/**
 * What the layout of every page shows, the error pages' too: the reader ({@link Viewer}, for the menu), the page's
 * own path (for the language switch) and the language ({@link PageLanguage}: its tag, its direction, the switch's
 * choices).
 */
@Component
class Layout {

  private final Me me;
  private final TiesAccess ties;
  private final Affiliations affiliations;
  private final FocalPoints focalPoints;

  /**
   * Makes the layout.
   *
   * @param me the reader
   * @param ties TIES access (the menu)
   * @param affiliations the affiliations (the menu)
   * @param focalPoints the seats (the menu)
   */
  Layout(Me me, TiesAccess ties, Affiliations affiliations, FocalPoints focalPoints) {
    this.me = me;
    this.ties = ties;
    this.affiliations = affiliations;
    this.focalPoints = focalPoints;
  }

  /**
   * The layout's part of a page's model.
   *
   * @param here the page's path
   * @param locale the reader's language
   * @return {@code viewer}, {@code here} and the language's attributes
   */
  Map<String, Object> of(String here, Locale locale) {
    Map<String, Object> attributes = new HashMap<>(PageLanguage.of(locale).attributes());
    attributes.put("viewer", Viewer.of(me.actor(), ties, affiliations, focalPoints));
    attributes.put("here", here);
    return attributes;
  }
}
