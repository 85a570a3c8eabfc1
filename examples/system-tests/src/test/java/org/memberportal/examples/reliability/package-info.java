/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Cross-module reliability and security suites: hostile input, authorisation, workflow chains, faults, races,
 * secret hygiene and enumeration, reported in docs/RELIABILITY.md.
 */
@NullMarked
package org.memberportal.examples.reliability;

import org.jspecify.annotations.NullMarked;
