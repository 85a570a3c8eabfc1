/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Thread-safe in-memory reference adapters of the TIES ports, undone when a command rolls back.
 */
@NullMarked

package org.memberportal.ties.inmemory;

import org.jspecify.annotations.NullMarked;

