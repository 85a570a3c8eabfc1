/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

/**
 * A page that needs a session of another kind than the reader's: the reader is sent to the sign-in page that
 * gives one.
 */
final class SignInFirst extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String signInPage;

  SignInFirst(String signInPage) {
    super(signInPage, null, false, false);
    this.signInPage = signInPage;
  }

  String signInPage() {
    return signInPage;
  }
}
