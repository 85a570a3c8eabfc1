/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.application.CandidateApplication;
import org.memberportal.kernel.EmailAddress;

/**
 * One application in a candidate's data export: the candidate's own view of it ({@link CandidateApplication},
 * with the candidate-facing status and never the internal one, the recruiters' moves or their reason codes), and
 * the personal data the application holds besides (the address and language its notices go to).
 *
 * @param application the candidate's view
 * @param email the address the application's notices go to, empty once erased
 * @param language the language of its notices
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ExportedApplication(CandidateApplication application, Optional<EmailAddress> email, Locale language) {

  /** Ids and status only: an export is personal data. */
  @Override
  public String toString() {
    return "ExportedApplication{" + application + "}";
  }
}
