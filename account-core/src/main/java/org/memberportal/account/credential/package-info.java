/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Credentials: the password policy (seed and NIST profiles), the common-password list and password hashing
 * (Argon2id, PBKDF2), and the credential flows written once for every kind of account ({@link
 * org.memberportal.account.credential.Credentials} over {@link org.memberportal.account.credential.CredentialHolders}):
 * sign-up's uniform answer, verification, sign-in with throttle and lockout, forgot, reset and change of password.
 */
@NullMarked
@DomainStyle
package org.memberportal.account.credential;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
