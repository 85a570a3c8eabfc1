/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Job alerts: a candidate's saved criteria, and the notification of each matching vacancy when it is published.
 */
@NullMarked
@DomainStyle
package org.memberportal.careers.alert;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
