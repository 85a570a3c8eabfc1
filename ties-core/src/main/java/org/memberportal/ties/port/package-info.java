/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Ports of the TIES module that the host implements: TIES accounts with their active index, and pending hand-overs.
 */
@NullMarked

package org.memberportal.ties.port;

import org.jspecify.annotations.NullMarked;

