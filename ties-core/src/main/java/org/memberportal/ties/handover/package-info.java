/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The TIES focal point hand-over in two steps (prepare, confirm) and the operator's appointment where the seat is
 * vacant.
 */
@NullMarked
@DomainStyle
package org.memberportal.ties.handover;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
