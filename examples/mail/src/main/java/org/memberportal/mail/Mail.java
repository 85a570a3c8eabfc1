/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * One rendered email: subject, plain-text body and HTML body, in the language it was written in.
 *
 * @param subject the subject line
 * @param text the plain-text part
 * @param html the HTML part
 * @param language the language the mail is in: the recipient's, or the fall-back of the language set when the
 *     recipient's is not in it (its {@code Content-Language})
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Mail(String subject, String text, String html, Locale language) {}
