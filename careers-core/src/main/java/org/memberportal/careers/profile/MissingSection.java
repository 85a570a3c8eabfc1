/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import org.apiguardian.api.API;

/**
 * A required section the candidate has not answered yet, named in the caller's language.
 *
 * @param section the section
 * @param title its name in the caller's language
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record MissingSection(Section section, String title) {}
