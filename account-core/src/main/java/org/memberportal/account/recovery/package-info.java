/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Password recovery: reset codes and the setting of a new password, reusable by any kind of account.
 */
@NullMarked
@DomainStyle
package org.memberportal.account.recovery;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
