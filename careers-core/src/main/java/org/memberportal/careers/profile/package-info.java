/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Candidate Profile: the sections a candidate fills in before applying, the commands that edit them, the
 * completeness report and the snapshot frozen into an application.
 */
@NullMarked
@DomainStyle
package org.memberportal.careers.profile;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
