/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import org.apiguardian.api.API;

/**
 * What a verified registration ceremony yields, to be stored as a {@link Passkey}.
 *
 * @param credentialId the authenticator's credential id, Base64url
 * @param publicKey the COSE public key, Base64url
 * @param signCount the authenticator's signature counter
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record NewPasskey(String credentialId, String publicKey, long signCount) {}
