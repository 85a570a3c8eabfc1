/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Reference host adapters on PostgreSQL with plain JDBC: the kernel's ports (transactions, event log, outbox) and
 * the modules' stores (accounts, affiliation registers, careers stores), sharing one transaction per command.
 */
@NullMarked
package org.memberportal.postgres;

import org.jspecify.annotations.NullMarked;
