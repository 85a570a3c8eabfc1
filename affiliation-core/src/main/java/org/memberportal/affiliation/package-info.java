/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Organisations directory, focal points and the affiliation workflow; {@link AffiliationModule} wires them.
 */
@NullMarked
package org.memberportal.affiliation;

import org.jspecify.annotations.NullMarked;
