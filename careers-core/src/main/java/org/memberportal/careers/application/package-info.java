/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Applications: the application aggregate, its pipeline from draft to final decision with its audit trail, and
 * the status candidates see.
 */
@NullMarked
@DomainStyle
package org.memberportal.careers.application;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
