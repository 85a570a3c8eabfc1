/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Privacy of candidates: export of everything held about them, consent to share outside the organisation,
 * deletion of the profile and the retention rule.
 */
@NullMarked
@DomainStyle
package org.memberportal.careers.privacy;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
