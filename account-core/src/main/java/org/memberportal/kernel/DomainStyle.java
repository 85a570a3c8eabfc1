/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library: generated classes stay package-private, builders are strict, and
 * only the JDK is used. Abstract value types expose {@code builder()} or {@code of(...)} themselves, so callers
 * never name a generated class.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
public @interface DomainStyle {}
