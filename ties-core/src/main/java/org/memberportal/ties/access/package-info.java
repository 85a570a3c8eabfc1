/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The TIES access workflow: requests, focal point decisions, assignment, removal, lapse, and the policies that file and
 * lapse TIES access from affiliation events.
 */
@NullMarked
@DomainStyle
package org.memberportal.ties.access;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
