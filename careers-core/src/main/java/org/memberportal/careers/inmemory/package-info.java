/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Thread-safe in-memory implementations of the Careers ports, the embedded default.
 */
@NullMarked
package org.memberportal.careers.inmemory;

import org.jspecify.annotations.NullMarked;
