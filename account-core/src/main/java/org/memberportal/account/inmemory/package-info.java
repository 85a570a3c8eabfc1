/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Thread-safe in-memory adapters of the account module's ports, the embedded default.
 */
@NullMarked
@DomainStyle
package org.memberportal.account.inmemory;

import org.jspecify.annotations.NullMarked;
import org.memberportal.kernel.DomainStyle;
