/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The uniform answer to sign-up, resend and forgot-password: "if the address can receive a code, one is on its
 * way". It is the same whether or not an account has the address, so it reveals nothing (A4b, A5).
 *
 * @param answeredAt when the request was handled
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Acknowledgement(Instant answeredAt) {}
