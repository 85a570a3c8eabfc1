/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * User accounts: the account aggregate, its status workflow and the account service.
 */
@NullMarked
@DomainStyle
package org.memberportal.account;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
