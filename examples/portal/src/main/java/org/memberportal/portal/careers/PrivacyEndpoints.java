/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.careers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.privacy.Consent;
import org.memberportal.careers.privacy.DeleteProfile;
import org.memberportal.careers.privacy.GiveConsent;
import org.memberportal.careers.privacy.Privacy;
import org.memberportal.careers.privacy.WithdrawConsent;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.security.Me;
import org.memberportal.portal.security.Sessions;
import org.memberportal.portal.security.Signed;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidate's privacy (C4): everything held about them as one document, the consent to share their data outside
 * the organisation (given and withdrawn, each recorded with its time), and the deletion of the whole profile, after
 * which the personal data is gone, open applications are withdrawn, and the candidate's sessions end (signing in
 * again is refused as for any unknown address). Editing and removing entries are the profile's endpoints.
 */
@RestController
public class PrivacyEndpoints {

  private final Privacy privacy;
  private final Commands commands;
  private final Sessions sessions;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param privacy the privacy service
   * @param commands reads commands
   * @param sessions the sessions (erasure ends them)
   * @param me the caller
   */
  public PrivacyEndpoints(Privacy privacy, Commands commands, Sessions sessions, Me me) {
    this.privacy = privacy;
    this.commands = commands;
    this.sessions = sessions;
    this.me = me;
  }

  /**
   * Everything held about the candidate, as one structured document: {@code account}, {@code profile},
   * {@code consents}, {@code history}, {@code applications}, {@code alerts}.
   *
   * @return the export
   */
  @GetMapping("/api/careers/me/data")
  public Map<String, @Nullable Object> export() {
    return privacy.export(me.candidate(), me.actor()).toDocument();
  }

  /**
   * Whether the candidate's data may be shared outside the organisation now.
   *
   * @return {@code mayShareOutside}
   */
  @GetMapping("/api/careers/me/consents")
  public Map<String, Boolean> consents() {
    return Map.of("mayShareOutside", privacy.mayShareOutside(me.candidate(), me.actor()));
  }

  /**
   * Gives a consent ({@code SHARE_OUTSIDE_ORGANISATION}); giving one that holds changes nothing.
   *
   * @param scope the consent's scope
   * @return the consent
   */
  @PutMapping("/api/careers/me/consents/{scope}")
  public Consent giveConsent(@PathVariable String scope) {
    return privacy.giveConsent(commands.read(null, GiveConsent.class, "candidate", me.candidate(), "scope", scope),
        me.actor()).value();
  }

  /**
   * Withdraws a consent; none holding is refused (428, {@code privacy.no-consent}).
   *
   * @param scope the consent's scope
   * @return the consent, withdrawn
   */
  @DeleteMapping("/api/careers/me/consents/{scope}")
  public Consent withdrawConsent(@PathVariable String scope) {
    return privacy.withdrawConsent(commands.read(null, WithdrawConsent.class, "candidate", me.candidate(), "scope",
        scope), me.actor()).value();
  }

  /**
   * Deletes the candidate's profile, consents and careers account (erasure); every session of the candidate ends.
   *
   * @param request the request (its session ends too)
   */
  @DeleteMapping("/api/careers/me")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void erase(HttpServletRequest request) {
    CandidateId candidate = me.candidate();
    privacy.deleteProfile(commands.read(null, DeleteProfile.class, "candidate", candidate), me.actor());
    sessions.endOthers(new Signed.Applicant(candidate), request);
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
  }
}
