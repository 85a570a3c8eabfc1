/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import org.apiguardian.api.API;

/**
 * One broken constraint: a stable code (e.g. {@code "password.missing-digit"}), the property path (e.g.
 * {@code "password"}) and the message in the caller's language.
 *
 * @param code stable machine code a front-end may key on
 * @param path property path of the offending input; empty for the command as a whole
 * @param message human message in the caller's locale
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Violation(String code, String path, String message) {}
