/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Thread-safe in-memory implementations of the kernel's ports, the library's embedded default.
 */
@NullMarked
package org.memberportal.kernel.inmemory;

import org.jspecify.annotations.NullMarked;
