/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Reference data for the sign-up form: titles, genders, professional roles, languages and countries with English and French labels.
 */
@NullMarked
@DomainStyle
package org.memberportal.account.reference;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
