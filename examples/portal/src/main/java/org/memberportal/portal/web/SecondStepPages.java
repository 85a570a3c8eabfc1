/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.memberportal.account.factor.FactorCode;
import org.memberportal.account.factor.FactorKind;
import org.memberportal.account.factor.PasskeyAssertion;
import org.memberportal.account.factor.SecondFactors;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;
import org.memberportal.portal.account.Ceremonies;
import org.memberportal.portal.security.SignIns;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in's second step, for an account with a second factor once its password was right: the code of the
 * authenticator app, a recovery code, or a passkey (the page's script asks the browser). Passed, the member is
 * signed in at the second-factor assurance; a session that awaits no second step is sent to the sign-in page.
 */
@Controller
public class SecondStepPages {

  private static final String PAGE = "/sign-in/second-step";

  private final SecondFactors factors;
  private final Ceremonies ceremonies;
  private final SignIns signIns;

  /**
   * Makes the pages.
   *
   * @param factors the second factors
   * @param ceremonies the passkeys' ceremonies
   * @param signIns the sign-ins in one or two steps
   */
  public SecondStepPages(SecondFactors factors, Ceremonies ceremonies, SignIns signIns) {
    this.factors = factors;
    this.ceremonies = ceremonies;
    this.signIns = signIns;
  }

  /**
   * The second step: a code, or the passkey when the account has one.
   *
   * @param model the page's model
   * @param request the request
   * @return the page
   */
  @GetMapping(PAGE)
  public String secondStep(Model model, HttpServletRequest request) {
    return page(Feedback.none(), model, request);
  }

  /**
   * The second step with the app's code or a recovery code.
   *
   * @param code the app's code typed
   * @param recoveryCode or a recovery code typed
   * @param model the page's model
   * @param request the request
   * @param response the response
   * @return My account, or this page with the refusal
   */
  @PostMapping(PAGE)
  public String code(@RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String recoveryCode, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    Actor.AccountHolder holder = holder(request);
    boolean recovery = !recoveryCode.isBlank();
    FactorCode command = FactorCode.builder().account(holder.account())
        .code(Secret.of((recovery ? recoveryCode : code).strip())).build();
    return passed(holder, () -> recovery ? factors.useRecoveryCode(command, holder).value()
        : factors.verifyTotp(command, holder).value(), model, request, response);
  }

  /**
   * The second step with a passkey: the browser's answer.
   *
   * @param challengeId the ceremony
   * @param credentialId the credential used, Base64url
   * @param clientDataJson the client data, Base64url
   * @param authenticatorData the authenticator data, Base64url
   * @param signature the signature, Base64url
   * @param model the page's model
   * @param request the request
   * @param response the response
   * @return My account, or this page with the refusal
   */
  @PostMapping(PAGE + "/passkey")
  public String passkey(@RequestParam UUID challengeId, @RequestParam(defaultValue = "") String credentialId,
      @RequestParam(defaultValue = "") String clientDataJson, @RequestParam(defaultValue = "") String authenticatorData,
      @RequestParam(defaultValue = "") String signature, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    Actor.AccountHolder holder = holder(request);
    return passed(holder, () -> factors.finishPasskeySignIn(PasskeyAssertion.builder().account(holder.account())
        .challengeId(challengeId).credentialId(credentialId).clientDataJson(clientDataJson)
        .authenticatorData(authenticatorData).signature(signature).build(), holder).value(), model, request,
        response);
  }

  private String passed(Actor.AccountHolder holder, Supplier<Actor.AccountHolder> step, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    try {
      signIns.start(step.get(), request, response);
      return "redirect:/my/account";
    } catch (PortalException refusal) {
      return page(Feedback.of(refusal, "", holder.locale()), model, request);
    }
  }

  private String page(Feedback feedback, Model model, HttpServletRequest request) {
    Actor.AccountHolder holder = holder(request);
    Set<FactorKind> kinds = factors.factorsOf(holder.account());
    model.addAttribute("factors", kinds);
    if (kinds.contains(FactorKind.PASSKEY)) {
      try {
        model.addAttribute("ceremony", ceremonies.signIn(holder));
      } catch (PortalException refusal) {
        // the codes still work: the page offers them alone
      }
    }
    model.addAttribute("feedback", feedback);
    return "second-step";
  }

  private Actor.AccountHolder holder(HttpServletRequest request) {
    return signIns.awaiting(request).orElseThrow(() -> new SentElsewhere("/sign-in"));
  }
}
