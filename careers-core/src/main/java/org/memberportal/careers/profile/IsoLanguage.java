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
 * The annotated text is an ISO 639-1 two-letter language code in lower case (e.g. {@code "fr"}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoLanguage.Check.class)
public @interface IsoLanguage {

  /**
   * The message key.
   *
   * @return the key
   */
  String message() default "{profile.language.not-iso}";

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

  /** Checks codes against the JDK's list of ISO 639-1 languages. */
  final class Check implements ConstraintValidator<IsoLanguage, String> {
    private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
      return value == null || CODES.contains(value);
    }
  }
}
