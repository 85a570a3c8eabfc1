/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Reference mail adapter: renders notifications from English and French templates and sends them over SMTP.
 */
@NullMarked
package org.memberportal.examples.mail;

import org.jspecify.annotations.NullMarked;
