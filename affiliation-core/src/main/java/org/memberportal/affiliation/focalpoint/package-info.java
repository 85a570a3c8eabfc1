/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Focal points: each organisation's ITU and TIES Focal Point seats and who may change them.
 */
@NullMarked
@DomainStyle
package org.memberportal.affiliation.focalpoint;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
