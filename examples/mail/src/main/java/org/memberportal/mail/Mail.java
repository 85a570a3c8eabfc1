/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import org.apiguardian.api.API;

/**
 * One rendered email: subject, plain-text body and HTML body, in the recipient's language.
 *
 * @param subject the subject line
 * @param text the plain-text part
 * @param html the HTML part
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Mail(String subject, String text, String html) {}
