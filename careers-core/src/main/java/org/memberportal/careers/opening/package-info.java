/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Public job openings: anonymous listing and search of the published, open vacancies, in the reader's language.
 */
@NullMarked
@DomainStyle
package org.memberportal.careers.opening;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
