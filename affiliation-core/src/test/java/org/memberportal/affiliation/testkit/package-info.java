/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Test kit of the affiliation module: a fake account directory, a wired in-memory world with fixtures, and the
 * contract tests every implementation of the module's ports must pass.
 */
@NullMarked
package org.memberportal.affiliation.testkit;

import org.jspecify.annotations.NullMarked;
