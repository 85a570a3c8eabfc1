/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Credentials: the password policy (seed and NIST profiles), the common-password list and password hashing (Argon2id, PBKDF2), reusable by any kind of account.
 */
@NullMarked
@DomainStyle
package org.memberportal.account.credential;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
