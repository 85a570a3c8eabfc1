/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Thread-safe in-memory registers, the embedded default, indexed so that an organisation's page never scans all affiliations.
 */
@NullMarked
@DomainStyle
package org.memberportal.affiliation.inmemory;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
