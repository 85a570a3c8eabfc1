/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Vacancies: the vacancy aggregate, its workflow from draft to competition finished, the language rules of
 * publication, and the recruiters' service.
 */
@NullMarked
@DomainStyle
package org.memberportal.careers.vacancy;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
