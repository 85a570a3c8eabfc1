/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import org.apiguardian.api.API;

/**
 * The part of a command that creates an account of any kind (the careers sign-up, the import of a migrated user
 * account): the holder's address and names, which a password must not contain ({@link PasswordContext}).
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface NewHolder extends EnteredAddress, HolderNames {
}
