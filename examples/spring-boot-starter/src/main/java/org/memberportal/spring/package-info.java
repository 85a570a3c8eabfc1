/*
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The Spring Boot starter: the library on the application's {@code DataSource} and transaction manager, every
 * module's services as beans, the timed jobs, the mail and the actor of a request. Its properties are under
 * {@code member-portal} ({@link org.memberportal.spring.MemberPortalProperties}).
 */
@NullMarked
package org.memberportal.spring;

import org.jspecify.annotations.NullMarked;
