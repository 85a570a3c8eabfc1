/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Test kit for hosts and for the library's own tests: a controllable clock, a recording notifier, and the
 * contract tests that any implementation of the kernel's ports must pass.
 */
@NullMarked
package org.memberportal.kernel.testkit;

import org.jspecify.annotations.NullMarked;
