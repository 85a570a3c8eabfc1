/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Test kit of the account module for hosts and other modules: a wired world, fixtures, a fast hasher, jqwik
 * arbitraries and the contract tests of the account ports.
 */
@NullMarked
package org.memberportal.account.testkit;

import org.jspecify.annotations.NullMarked;
