/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the library command an endpoint reads with {@link Commands} from its JSON body (or, for a query, from its
 * query parameters), for the API's description: the body's properties are the command's attributes but those the
 * endpoint puts in itself, the path's ids (the path variables, by name) and {@link #set()}. An endpoint that reads
 * a second command from the same body (sign-up's affiliation request) names it after the first: its attributes
 * are optional extras.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Reads {

  /**
   * The command, then any command whose attributes the same body may add.
   *
   * @return their types
   */
  Class<?>[] value();

  /**
   * Attributes the endpoint puts in from elsewhere than the path (the session's account, the client's address):
   * not read from the body.
   *
   * @return their names
   */
  String[] set() default {};
}
