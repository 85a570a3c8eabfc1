/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The affiliation module's policies: its reactions to events, each a class, all wired in one place
 * ({@link org.memberportal.affiliation.policy.AffiliationPolicies#wire}); the module subscribes on the event bus
 * nowhere else.
 */
@NullMarked
package org.memberportal.affiliation.policy;

import org.jspecify.annotations.NullMarked;
