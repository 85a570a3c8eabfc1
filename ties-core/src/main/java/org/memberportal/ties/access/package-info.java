/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The TIES access workflow: requests, focal point decisions, assignment, removal, lapse; one use case a class
 * behind the {@link org.memberportal.ties.access.TiesAccess} façade. The reactions to affiliation events are in
 * {@code org.memberportal.ties.policy}.
 */
@NullMarked
@DomainStyle
package org.memberportal.ties.access;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
