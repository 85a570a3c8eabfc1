/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The "Manage my users" read model of an organisation's affiliated users and pending requests.
 */
@NullMarked
@DomainStyle
package org.memberportal.affiliation.roster;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
