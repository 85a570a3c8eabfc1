/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

/**
 * A page the reader cannot use now: they are sent to the page that lets them go on (the sign-in page that gives the
 * session the page needs; My Requests for a member whom no organisation has approved yet).
 */
final class SentElsewhere extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String page;

  SentElsewhere(String page) {
    super(page, null, false, false);
    this.page = page;
  }

  String page() {
    return page;
  }
}
