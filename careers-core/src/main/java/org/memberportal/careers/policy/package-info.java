/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Careers' policies: each event reaction is a class named for what it does (drafts expire when a vacancy closes;
 * applications end when a vacancy is cancelled; applicants are told the outcome when the competition finishes;
 * matching alerts' owners are told when a vacancy is published; erasure withdraws applications and removes
 * alerts), all wired in one place, {@link org.memberportal.careers.policy.CareersPolicies}.
 */
@NullMarked
@DomainStyle
package org.memberportal.careers.policy;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
