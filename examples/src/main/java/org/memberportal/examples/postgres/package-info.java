/**
 * Reference host adapters for the kernel's ports on PostgreSQL with plain JDBC: transactions, event log, outbox.
 */
@NullMarked
package org.memberportal.examples.postgres;

import org.jspecify.annotations.NullMarked;
