/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Ports of the affiliation module: the registers of organisations, affiliations and focal points the host implements.
 */
@NullMarked
@DomainStyle
package org.memberportal.affiliation.port;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
