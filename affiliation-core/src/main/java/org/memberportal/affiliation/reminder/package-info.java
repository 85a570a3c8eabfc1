/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Reminders and escalation of affiliation requests that wait too long for a decision.
 */
@NullMarked
@DomainStyle
package org.memberportal.affiliation.reminder;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
