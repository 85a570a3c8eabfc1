/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Ports of the account module: the interfaces the host implements (stores, hasher) or other modules use.
 */
@NullMarked
@DomainStyle
package org.memberportal.account.port;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
