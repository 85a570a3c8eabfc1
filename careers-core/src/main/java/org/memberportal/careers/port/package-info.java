/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Ports of the Careers module: the interfaces the host implements (stores, staff directory).
 */
@NullMarked
@DomainStyle
package org.memberportal.careers.port;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
