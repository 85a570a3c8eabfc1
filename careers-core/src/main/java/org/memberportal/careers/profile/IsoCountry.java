/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The annotated text is an ISO 3166-1 alpha-2 country code in upper case (e.g. {@code "CH"}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoCountry.Check.class)
public @interface IsoCountry {

  /**
   * The message key.
   *
   * @return the key
   */
  String message() default "{profile.country.not-iso}";

  /**
   * Validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /** Checks codes against the JDK's list of ISO countries. */
  final class Check implements ConstraintValidator<IsoCountry, String> {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
      return value == null || CODES.contains(value);
    }
  }
}
