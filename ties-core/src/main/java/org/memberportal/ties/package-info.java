/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * TIES access workflow, TIES focal point hand-over and My Requests.
 */
@NullMarked
package org.memberportal.ties;

import org.jspecify.annotations.NullMarked;
