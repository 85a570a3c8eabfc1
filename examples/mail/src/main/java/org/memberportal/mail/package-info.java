/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Reference mail adapter: renders notifications with Thymeleaf templates and one file of sentences a language
 * (Arabic, Chinese, English, French, Russian and Spanish shipped) and sends them over SMTP.
 */
@NullMarked
package org.memberportal.mail;

import org.jspecify.annotations.NullMarked;
