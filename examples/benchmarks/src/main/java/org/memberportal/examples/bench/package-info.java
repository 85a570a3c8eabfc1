/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * JMH benchmarks of the library on its in-memory and PostgreSQL adapters, with the harness that prints each ratio
 * and target.
 */
@NullMarked
package org.memberportal.examples.bench;

import org.jspecify.annotations.NullMarked;
