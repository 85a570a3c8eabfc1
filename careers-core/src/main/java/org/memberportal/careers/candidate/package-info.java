/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Careers accounts: candidate sign-up (with the staff rule), email verification, sign-in, password recovery and
 * change, reusing the user-account module's credential, verification-code, throttle and recovery machinery.
 */
@NullMarked
@DomainStyle
package org.memberportal.careers.candidate;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
