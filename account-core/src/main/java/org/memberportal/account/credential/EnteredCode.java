/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import org.apiguardian.api.API;

/**
 * The part of a command that redeems a one-time code sent to an address (verification, password reset): the
 * address and the code as typed. The user accounts' and the careers accounts' commands declare them here once.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface EnteredCode extends EnteredAddress, TypedCode {
}
