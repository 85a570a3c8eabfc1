/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Sign-in throttling: the per-account lockout with a growing wait, and uniform credential checks.
 */
@NullMarked
@DomainStyle
package org.memberportal.account.signin;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
