/*
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The second factor (issue 24, OWASP ASVS 5.0 V6.3.3, V6.5, V6.6): one-time passwords from an authenticator app
 * (TOTP, RFC 6238), single-use recovery codes and passkeys (WebAuthn), the assurance the second step gives the
 * actor, and the policy that says who must have it. The values and stores are keyed by the credential flows'
 * {@link org.memberportal.account.verification.CodeSubject}, so any kind of account can use them; {@link
 * SecondFactors} is the user accounts' façade over them.
 */
@NullMarked
@DomainStyle
package org.memberportal.account.factor;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
