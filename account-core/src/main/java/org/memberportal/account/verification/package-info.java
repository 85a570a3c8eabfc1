/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * One-time email codes keyed by an opaque subject and purpose: issue, resend with cool-down and daily cap, redeem once, reusable by any kind of account.
 */
@NullMarked
@DomainStyle
package org.memberportal.account.verification;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
