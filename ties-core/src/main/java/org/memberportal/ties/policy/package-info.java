/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The TIES module's policies: its reactions to the affiliation module's events, each a class, all wired in one
 * place ({@link org.memberportal.ties.policy.TiesPolicies#wire}); the module subscribes on the event bus nowhere
 * else.
 */
@NullMarked
package org.memberportal.ties.policy;

import org.jspecify.annotations.NullMarked;
