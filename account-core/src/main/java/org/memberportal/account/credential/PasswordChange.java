/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import org.apiguardian.api.API;

/**
 * The part of a command that changes a password knowing the current one: the current password
 * ({@link CurrentPassword}), and the new one ({@link NewPassword}). The user accounts' and the careers accounts' commands declare them here once.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface PasswordChange extends CurrentPassword, NewPassword {
}
