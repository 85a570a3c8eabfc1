/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.account;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.memberportal.account.factor.FactorCode;
import org.memberportal.account.factor.PasskeyAssertion;
import org.memberportal.account.factor.SecondFactors;
import org.memberportal.kernel.Actor;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.SignIns;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The second step of a sign-in that answered {@code second-factor-required} (issue 24), with the authenticator
 * app's code, a recovery code or a passkey; passed, the session's member is signed in at the second-factor
 * assurance. The member's own factors are {@link FactorEndpoints}' (the same tag in the API's document).
 */
@RestController
@Tag(name = "factor-endpoints")
public class SecondStepEndpoints {

  private final SecondFactors factors;
  private final Ceremonies ceremonies;
  private final SignIns signIns;
  private final Commands commands;

  /**
   * Makes the endpoints.
   *
   * @param factors the second factors
   * @param ceremonies the passkeys' ceremonies
   * @param signIns the sign-ins in one or two steps
   * @param commands reads commands
   */
  public SecondStepEndpoints(SecondFactors factors, Ceremonies ceremonies, SignIns signIns, Commands commands) {
    this.factors = factors;
    this.ceremonies = ceremonies;
    this.signIns = signIns;
    this.commands = commands;
  }

  /**
   * The second step with the authenticator app's code: the session's member, signed in.
   *
   * @param body {@code code}
   * @param request the request
   * @param response the response
   * @return {@code signed-in} and the account
   */
  @PostMapping("/api/session/second-factor")
  @Reads(value = FactorCode.class, set = "account")
  public Map<String, Object> verifyTotp(@RequestBody JsonNode body, HttpServletRequest request,
      HttpServletResponse response) {
    Actor.AccountHolder holder = signIns.awaited(request);
    return signedIn(factors.verifyTotp(commands.read(body, FactorCode.class, "account", holder.account()), holder)
        .value(), request, response);
  }

  /**
   * The second step with a recovery code, which is spent.
   *
   * @param body {@code code}
   * @param request the request
   * @param response the response
   * @return {@code signed-in} and the account
   */
  @PostMapping("/api/session/recovery-code")
  @Reads(value = FactorCode.class, set = "account")
  public Map<String, Object> useRecoveryCode(@RequestBody JsonNode body, HttpServletRequest request,
      HttpServletResponse response) {
    Actor.AccountHolder holder = signIns.awaited(request);
    return signedIn(factors.useRecoveryCode(commands.read(body, FactorCode.class, "account", holder.account()),
        holder).value(), request, response);
  }

  /**
   * Starts the second step with a passkey: the options for {@code navigator.credentials.get}.
   *
   * @param request the request
   * @return the options
   */
  @PostMapping("/api/session/passkey/options")
  public Ceremony startPasskeySignIn(HttpServletRequest request) {
    return ceremonies.signIn(signIns.awaited(request));
  }

  /**
   * The second step with a passkey: the browser's answer.
   *
   * @param body {@code challengeId}, {@code credentialId}, {@code clientDataJson}, {@code authenticatorData},
   *     {@code signature} (Base64url)
   * @param request the request
   * @param response the response
   * @return {@code signed-in} and the account
   */
  @PostMapping("/api/session/passkey")
  @Reads(value = PasskeyAssertion.class, set = "account")
  public Map<String, Object> finishPasskeySignIn(@RequestBody JsonNode body, HttpServletRequest request,
      HttpServletResponse response) {
    Actor.AccountHolder holder = signIns.awaited(request);
    return signedIn(factors.finishPasskeySignIn(commands.read(body, PasskeyAssertion.class, "account",
        holder.account()), holder).value(), request, response);
  }

  private Map<String, Object> signedIn(Actor.AccountHolder holder, HttpServletRequest request,
      HttpServletResponse response) {
    return Map.of("outcome", "signed-in", "account", signIns.start(holder, request, response));
  }
}
