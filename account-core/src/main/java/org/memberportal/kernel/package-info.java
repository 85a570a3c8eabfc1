/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The shared kernel: errors, actors, validation, workflow tables, events, notifications and transactions used
 * by every module of the library.
 */
@NullMarked
package org.memberportal.kernel;

import org.jspecify.annotations.NullMarked;
