/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Test kit of the TIES module for hosts and tests: a world fixture on the in-memory adapters, and the contracts
 * of the TIES ports that every adapter must pass.
 */
@NullMarked
package org.memberportal.ties.testkit;

import org.jspecify.annotations.NullMarked;
