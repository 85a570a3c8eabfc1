/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The runnable journey through the seed scenarios on the in-memory adapters.
 */
@NullMarked
package org.memberportal.examples.journey;

import org.jspecify.annotations.NullMarked;
