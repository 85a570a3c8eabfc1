/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.security;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.memberportal.account.factor.NewPasskey;
import org.memberportal.account.factor.Passkey;
import org.memberportal.account.factor.PasskeyAssertion;
import org.memberportal.account.factor.PasskeyAttestation;
import org.memberportal.account.port.PasskeyCeremony;
import org.memberportal.webauthn.WebAuthnCeremony;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The portal as a WebAuthn relying party: its id (the host's domain, {@code portal.webauthn.id}, {@code localhost}
 * by default), the name the browser shows ({@code portal.webauthn.name}) and the origins its pages are served from
 * ({@code portal.webauthn.origins}; unset, {@code http://<id>:<port>} of the running server). It verifies the
 * passkeys' ceremonies with member-portal-webauthn's {@link WebAuthnCeremony} once the server runs; before that,
 * every ceremony is refused.
 */
@Component
public class RelyingParty implements PasskeyCeremony, ApplicationListener<WebServerInitializedEvent> {

  private final String id;
  private final String name;
  private final List<String> origins;
  private volatile PasskeyCeremony ceremony = PasskeyCeremony.REFUSING;

  /**
   * Makes the relying party.
   *
   * @param id its id, the host's domain
   * @param name the name the browser shows
   * @param origins the pages' origins, or none for the running server's
   */
  public RelyingParty(@Value("${portal.webauthn.id:localhost}") String id,
      @Value("${portal.webauthn.name:Member portal}") String name,
      @Value("${portal.webauthn.origins:}") List<String> origins) {
    this.id = id;
    this.name = name;
    this.origins = List.copyOf(origins);
  }

  /**
   * {@return the relying party id the browser's options carry}
   */
  public String id() {
    return id;
  }

  /**
   * {@return the name the browser shows}
   */
  public String name() {
    return name;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    Set<String> allowed = origins.isEmpty() ? Set.of("http://" + id + ":" + event.getWebServer().getPort())
        : Set.copyOf(origins);
    ceremony = new WebAuthnCeremony(id, allowed);
  }

  @Override
  public Optional<NewPasskey> register(PasskeyAttestation answer, String challenge) {
    return ceremony.register(answer, challenge);
  }

  @Override
  public OptionalLong authenticate(PasskeyAssertion answer, String challenge, Passkey passkey) {
    return ceremony.authenticate(answer, challenge, passkey);
  }
}
