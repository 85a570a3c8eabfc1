/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Talent search for recruiters: candidates open to short-term, consultant or internship work, by expertise and
 * languages.
 */
@NullMarked
@DomainStyle
package org.memberportal.careers.talent;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
