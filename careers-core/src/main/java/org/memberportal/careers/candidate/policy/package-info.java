/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The careers accounts' reactions to events of other capabilities, each a class, subscribed where the module is
 * wired.
 */
@NullMarked
package org.memberportal.careers.candidate.policy;

import org.jspecify.annotations.NullMarked;
