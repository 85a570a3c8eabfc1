/*
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The passkeys' WebAuthn verification on webauthn4j ({@link org.memberportal.webauthn.WebAuthnCeremony}), the
 * adapter of account-core's {@link org.memberportal.account.port.PasskeyCeremony}. account-core stays free of it.
 */
@NullMarked
package org.memberportal.webauthn;

import org.jspecify.annotations.NullMarked;
