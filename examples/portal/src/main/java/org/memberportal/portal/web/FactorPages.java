/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.List;
import java.util.UUID;
import org.memberportal.account.factor.AuthenticatorKey;
import org.memberportal.account.factor.Enrolled;
import org.memberportal.account.factor.FactorCode;
import org.memberportal.account.factor.FactorStatus;
import org.memberportal.account.factor.PasskeyAttestation;
import org.memberportal.account.factor.PasskeyId;
import org.memberportal.account.factor.PasskeyRemoval;
import org.memberportal.account.factor.PasskeyRename;
import org.memberportal.account.factor.PasswordProof;
import org.memberportal.account.factor.SecondFactors;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;
import org.memberportal.portal.account.Ceremonies;
import org.memberportal.portal.account.FactorEndpoints;
import org.memberportal.portal.account.QrCode;
import org.memberportal.portal.security.Me;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-in security, the member's second factors: the password again first (adding or removing a factor needs a
 * recent one), then the authenticator app set up from its QR code or its key typed by hand and confirmed by a first
 * code, the recovery codes shown once and renewed, passkeys registered through the browser, listed, renamed and
 * removed.
 */
@Controller
public class FactorPages {

  private static final String PAGE = "/my/account/security";

  private final SecondFactors factors;
  private final Ceremonies ceremonies;
  private final Me me;
  private final MessageSource messages;

  /**
   * Makes the pages.
   *
   * @param factors the second factors
   * @param ceremonies the passkeys' ceremonies
   * @param me the reader
   * @param messages the pages' sentences
   */
  public FactorPages(SecondFactors factors, Ceremonies ceremonies, Me me, MessageSource messages) {
    this.factors = factors;
    this.ceremonies = ceremonies;
    this.me = me;
    this.messages = messages;
  }

  /**
   * The member's factors and what may be done with them.
   *
   * @param model the page's model
   * @return the page
   */
  @GetMapping(PAGE)
  public String security(Model model) {
    return securityPage(Feedback.none(), model);
  }

  /**
   * The password again, which opens the changes for a few minutes.
   *
   * @param password the password
   * @param model the page's model
   * @param flash the notice
   * @return this page
   */
  @PostMapping(PAGE + "/password")
  public String reauthenticate(@RequestParam(defaultValue = "") String password, Model model,
      RedirectAttributes flash) {
    AccountId account = AccountPages.member();
    return Forms.submit(() -> factors.reauthenticate(PasswordProof.builder().account(account)
        .password(Secret.of(password)).build(), me.actor()), me.actor().locale(),
        feedback -> securityPage(feedback, model), flash, "web.factors.reauthenticated", PAGE);
  }

  /**
   * Starts setting up an authenticator app: its QR code and key, shown this once, and the form for its first code.
   *
   * @param model the page's model
   * @return the app's page, or this page with the refusal
   */
  @PostMapping(PAGE + "/app")
  public String startApp(Model model) {
    AccountId account = AccountPages.member();
    try {
      AuthenticatorKey key = factors.startTotp(account, me.actor()).value();
      model.addAttribute("qrCode", QrCode.svg(key.uri().reveal(),
          messages.getMessage("web.factors.app.qr", null, me.actor().locale())));
      model.addAttribute("key", key.key().reveal());
    } catch (PortalException refusal) {
      return securityPage(Feedback.of(refusal, "", me.actor().locale()), model);
    }
    return "factor-app";
  }

  /**
   * Confirms the authenticator app with its first code: the recovery codes of a first factor, else back here.
   *
   * @param code the code the app shows
   * @param model the page's model
   * @param flash the notice
   * @return the recovery codes, this page, or the app's page with the refusal
   */
  @PostMapping(PAGE + "/app/confirmation")
  public String confirmApp(@RequestParam(defaultValue = "") String code, Model model, RedirectAttributes flash) {
    AccountId account = AccountPages.member();
    try {
      return added(factors.confirmTotp(FactorCode.builder().account(account).code(Secret.of(code.strip())).build(),
          me.actor()).value(), model, flash);
    } catch (PortalException refusal) {
      model.addAttribute("feedback", Feedback.of(refusal, "", me.actor().locale()));
      return "factor-app";
    }
  }

  /**
   * Removes the authenticator app.
   *
   * @param model the page's model
   * @param flash the notice
   * @return this page
   */
  @PostMapping(PAGE + "/app/removal")
  public String removeApp(Model model, RedirectAttributes flash) {
    AccountId account = AccountPages.member();
    return Forms.submit(() -> factors.removeTotp(account, me.actor()), me.actor().locale(),
        feedback -> securityPage(feedback, model), flash, "web.factors.app.removed", PAGE);
  }

  /**
   * A new set of recovery codes, shown this once; the old ones stop working.
   *
   * @param model the page's model
   * @return the codes, or this page with the refusal
   */
  @PostMapping(PAGE + "/recovery-codes")
  public String renewCodes(Model model) {
    AccountId account = AccountPages.member();
    try {
      return codes(factors.renewRecoveryCodes(account, me.actor()).value(), model);
    } catch (PortalException refusal) {
      return securityPage(Feedback.of(refusal, "", me.actor().locale()), model);
    }
  }

  /**
   * Starts registering a passkey under a name: the page whose script asks the browser to create it.
   *
   * @param name the holder's name for it
   * @param model the page's model
   * @return the ceremony's page, or this page with the refusal
   */
  @PostMapping(PAGE + "/passkeys/ceremony")
  public String startPasskey(@RequestParam(name = "passkeyName", defaultValue = "") String name, Model model) {
    AccountId account = AccountPages.member();
    try {
      model.addAttribute("ceremony", ceremonies.registration(account, me.actor()));
    } catch (PortalException refusal) {
      return securityPage(Feedback.of(refusal, "", me.actor().locale()), model);
    }
    model.addAttribute("name", name);
    return "factor-passkey";
  }

  /**
   * Finishes registering a passkey with the browser's answer.
   *
   * @param challengeId the ceremony
   * @param name the holder's name for it
   * @param clientDataJson the client data, Base64url
   * @param attestationObject the attestation object, Base64url
   * @param model the page's model
   * @param flash the notice
   * @return the recovery codes of a first factor, else this page (with the refusal, if any)
   */
  @PostMapping(PAGE + "/passkeys")
  public String registerPasskey(@RequestParam UUID challengeId, @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String clientDataJson, @RequestParam(defaultValue = "") String attestationObject,
      Model model, RedirectAttributes flash) {
    AccountId account = AccountPages.member();
    try {
      return added(factors.finishPasskeyRegistration(PasskeyAttestation.builder().account(account)
          .challengeId(challengeId).name(name).clientDataJson(clientDataJson).attestationObject(attestationObject)
          .build(), me.actor()).value(), model, flash);
    } catch (PortalException refusal) {
      return securityPage(Feedback.of(refusal, "", me.actor().locale()), model);
    }
  }

  /**
   * Removes one of the member's passkeys.
   *
   * @param passkey its id
   * @param model the page's model
   * @param flash the notice
   * @return this page
   */
  @PostMapping(PAGE + "/passkeys/{passkey}/removal")
  public String removePasskey(@PathVariable UUID passkey, Model model, RedirectAttributes flash) {
    AccountId account = AccountPages.member();
    return Forms.submit(() -> factors.removePasskey(PasskeyRemoval.builder().account(account)
        .passkey(new PasskeyId(passkey)).build(), me.actor()), me.actor().locale(),
        feedback -> securityPage(feedback, model), flash, "web.factors.passkey.removed", PAGE);
  }

  /**
   * Renames one of the member's passkeys (no re-authentication: a name changes no factor).
   *
   * @param passkey its id, chosen in the list
   * @param name the new name
   * @param model the page's model
   * @param flash the notice
   * @return this page
   */
  @PostMapping(PAGE + "/passkeys/name")
  public String renamePasskey(@RequestParam(defaultValue = "") String passkey,
      @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes flash) {
    AccountId account = AccountPages.member();
    return Forms.submit(() -> factors.renamePasskey(PasskeyRename.builder().account(account)
        .passkey(passkey.isEmpty() ? null : PasskeyId.of(passkey)).name(name).build(), me.actor()),
        me.actor().locale(), feedback -> securityPage(feedback, model), flash, "web.factors.passkey.renamed", PAGE);
  }

  private String added(Enrolled enrolled, Model model, RedirectAttributes flash) {
    if (!enrolled.recoveryCodes().isEmpty()) {
      return codes(enrolled.recoveryCodes(), model);
    }
    flash.addFlashAttribute("notice", "web.factors.added");
    return "redirect:" + PAGE;
  }

  private String codes(List<Secret> codes, Model model) {
    model.addAttribute("codes", FactorEndpoints.revealed(codes));
    return "recovery-codes";
  }

  private String securityPage(Feedback feedback, Model model) {
    AccountId account = AccountPages.member();
    FactorStatus status = factors.status(account, me.actor());
    model.addAttribute("status", status);
    model.addAttribute("passkeyChoices", status.passkeys().stream()
        .map(p -> new Choice(p.id().toString(), p.name())).toList());
    model.addAttribute("feedback", feedback);
    return "factors";
  }
}
