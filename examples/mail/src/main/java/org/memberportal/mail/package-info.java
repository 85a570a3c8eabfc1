/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Reference mail adapter: renders notifications with Thymeleaf templates and one file of sentences a language
 * (English and French shipped) and sends them over SMTP.
 */
@NullMarked
package org.memberportal.mail;

import org.jspecify.annotations.NullMarked;
