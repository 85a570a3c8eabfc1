/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The affiliation workflow: requests, focal point decisions, removal, leaving, and the may-represent answer.
 */
@NullMarked
@DomainStyle
package org.memberportal.affiliation.membership;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
