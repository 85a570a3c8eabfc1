/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Runnable journey, reference host adapters and benchmarks for Member Portal Domain.
 */
@NullMarked
package org.memberportal.examples;

import org.jspecify.annotations.NullMarked;
