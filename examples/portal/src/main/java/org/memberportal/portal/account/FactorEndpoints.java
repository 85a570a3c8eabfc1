/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.account;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.factor.AuthenticatorKey;
import org.memberportal.account.factor.Enrolled;
import org.memberportal.account.factor.FactorCode;
import org.memberportal.account.factor.FactorKind;
import org.memberportal.account.factor.FactorStatus;
import org.memberportal.account.factor.PasskeyAttestation;
import org.memberportal.account.factor.PasskeyId;
import org.memberportal.account.factor.PasskeyRemoval;
import org.memberportal.account.factor.PasskeyRename;
import org.memberportal.account.factor.PasswordProof;
import org.memberportal.account.factor.SecondFactors;
import org.memberportal.kernel.Secret;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A member's second factors (issue 24): the authenticator app (TOTP) set up with its key and QR code and confirmed
 * by a first code, the recovery codes shown once and renewed, passkeys registered, listed, renamed and removed, each
 * addition and removal behind a recent re-authentication. The sign-in's second step is {@link SecondStepEndpoints}'
 * (the same tag in the API's document).
 */
@RestController
@Tag(name = "factor-endpoints")
public class FactorEndpoints {

  private final SecondFactors factors;
  private final Ceremonies ceremonies;
  private final Commands commands;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param factors the second factors
   * @param ceremonies the passkeys' ceremonies
   * @param commands reads commands
   * @param me the caller
   */
  public FactorEndpoints(SecondFactors factors, Ceremonies ceremonies, Commands commands, Me me) {
    this.factors = factors;
    this.ceremonies = ceremonies;
    this.commands = commands;
    this.me = me;
  }

  /**
   * The member's second factors.
   *
   * @return whether an app is set up, the recovery codes left, the passkeys
   */
  @GetMapping("/api/me/factors")
  public FactorStatus status() {
    return factors.status(me.account(), me.actor());
  }

  /**
   * Proves the password again, which adding or removing a factor needs within minutes.
   *
   * @param body {@code password}
   * @return when
   */
  @PostMapping("/api/me/reauthentication")
  @Reads(value = PasswordProof.class, set = "account")
  public Map<String, Instant> reauthenticate(@RequestBody JsonNode body) {
    return Map.of("at", factors.reauthenticate(commands.read(body, PasswordProof.class, "account", me.account()),
        me.actor()).value());
  }

  /**
   * Starts setting up an authenticator app: its key, shown this once, as an {@code otpauth://} URI, its QR code
   * (SVG) and in Base32 for typing by hand.
   *
   * @return the key
   */
  @PostMapping("/api/me/factors/totp")
  public NewApp startTotp() {
    AuthenticatorKey key = factors.startTotp(me.account(), me.actor()).value();
    return new NewApp(key.uri().reveal(), key.key().reveal(), QrCode.svg(key.uri().reveal(), "otpauth"));
  }

  /**
   * Confirms the authenticator app with its first code; the account's first factor comes with its recovery codes,
   * shown this once.
   *
   * @param body {@code code}
   * @return the factor and any recovery codes
   */
  @PostMapping("/api/me/factors/totp/confirmation")
  @Reads(value = FactorCode.class, set = "account")
  public NewFactor confirmTotp(@RequestBody JsonNode body) {
    return NewFactor.of(factors.confirmTotp(commands.read(body, FactorCode.class, "account", me.account()),
        me.actor()).value());
  }

  /**
   * Removes the authenticator app.
   *
   * @return the factors left
   */
  @DeleteMapping("/api/me/factors/totp")
  public FactorStatus removeTotp() {
    return factors.removeTotp(me.account(), me.actor()).value();
  }

  /**
   * A new set of recovery codes, every old one revoked; shown this once.
   *
   * @return the codes
   */
  @PostMapping("/api/me/factors/recovery-codes")
  public Map<String, List<String>> renewRecoveryCodes() {
    return Map.of("recoveryCodes", revealed(factors.renewRecoveryCodes(me.account(), me.actor()).value()));
  }

  /**
   * Starts registering a passkey: the options for {@code navigator.credentials.create}.
   *
   * @return the options
   */
  @PostMapping("/api/me/factors/passkeys/options")
  public Ceremony startPasskey() {
    return ceremonies.registration(me.account(), me.actor());
  }

  /**
   * Finishes registering a passkey with the browser's answer and the holder's name for it.
   *
   * @param body {@code challengeId}, {@code name}, {@code clientDataJson}, {@code attestationObject} (Base64url)
   * @return the factor, the passkey's id and any recovery codes
   */
  @PostMapping("/api/me/factors/passkeys")
  @Reads(value = PasskeyAttestation.class, set = "account")
  public NewFactor registerPasskey(@RequestBody JsonNode body) {
    return NewFactor.of(factors.finishPasskeyRegistration(commands.read(body, PasskeyAttestation.class, "account",
        me.account()), me.actor()).value());
  }

  /**
   * Removes one of the member's passkeys.
   *
   * @param passkey its id
   * @return the factors left
   */
  @DeleteMapping("/api/me/factors/passkeys/{passkey}")
  public FactorStatus removePasskey(@PathVariable UUID passkey) {
    return factors.removePasskey(PasskeyRemoval.builder().account(me.account()).passkey(new PasskeyId(passkey))
        .build(), me.actor()).value();
  }

  /**
   * Renames one of the member's passkeys ({@code name}, with the rules of the name given at registration).
   *
   * @param passkey its id
   * @param body {@code name}
   * @return the factors
   */
  @PutMapping("/api/me/factors/passkeys/{passkey}/name")
  @Reads(value = PasskeyRename.class, set = "account")
  public FactorStatus renamePasskey(@PathVariable String passkey, @RequestBody JsonNode body) {
    return factors.renamePasskey(commands.read(body, PasskeyRename.class, "account", me.account(), "passkey",
        passkey), me.actor()).value();
  }

  /**
   * The codes in clear, for the one answer that shows them.
   *
   * @param codes the codes
   * @return their texts
   */
  public static List<String> revealed(List<Secret> codes) {
    return codes.stream().map(Secret::reveal).toList();
  }

  /**
   * A new authenticator app's key, shown this once.
   *
   * @param uri the {@code otpauth://} URI
   * @param key the key in Base32
   * @param qrCode the URI's QR code, an SVG image
   */
  public record NewApp(String uri, String key, String qrCode) {

    /** Never the key. */
    @Override
    public String toString() {
      return "NewApp{uri, key, qrCode}";
    }
  }

  /**
   * A factor added, with the recovery codes to show this once (the account's first factor), else none.
   *
   * @param factor which kind
   * @param passkey the new passkey, for a passkey
   * @param recoveryCodes the codes in clear
   */
  public record NewFactor(FactorKind factor, @Nullable PasskeyId passkey, List<String> recoveryCodes) {

    /**
     * The answer to show.
     *
     * @param enrolled the library's answer
     * @return the answer
     */
    public static NewFactor of(Enrolled enrolled) {
      return new NewFactor(enrolled.factor(), enrolled.passkeyId().orElse(null), revealed(enrolled.recoveryCodes()));
    }

    /** Never the codes. */
    @Override
    public String toString() {
      return "NewFactor{factor, passkey, recoveryCodes}";
    }
  }
}
