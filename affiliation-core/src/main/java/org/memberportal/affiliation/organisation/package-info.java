/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The organisations directory: organisations, membership types, search, the seed loader and user-entered records.
 */
@NullMarked
@DomainStyle
package org.memberportal.affiliation.organisation;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
