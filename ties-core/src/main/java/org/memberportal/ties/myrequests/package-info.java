/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The My Requests read model: a user's affiliation and TIES requests with status and dates.
 */
@NullMarked

package org.memberportal.ties.myrequests;

import org.jspecify.annotations.NullMarked;

