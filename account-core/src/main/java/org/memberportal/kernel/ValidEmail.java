/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The annotated text is an email address, read exactly as {@link EmailAddress#of} reads it: the one rule for every
 * command that takes an address, so that the same text is accepted or refused alike by sign-up, sign-in,
 * recovery, verification, change of address and import, and what validation accepts always has a key.
 *
 * <p>Blanks around the address are dropped. What is left is first held to the kernel's rule for every text
 * ({@link Text}, single-line: no control character, no bidi control, nothing ill-formed), under that rule's codes, so
 * an address needs no {@code @Text} of its own. Then refused, each with a code of its own ({@code not-blank} when
 * empty): {@value EmailAddress#MALFORMED}, {@value EmailAddress#TOO_LONG},
 * {@value EmailAddress#INVISIBLE_CHARACTER}, {@value EmailAddress#MIXED_SCRIPT},
 * {@value EmailAddress#SINGLE_LABEL_DOMAIN} and {@value EmailAddress#IP_LITERAL}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidEmail.Check.class)
@NotBlank
public @interface ValidEmail {

  /**
   * The message key when no more precise one applies.
   *
   * @return the key
   */
  String message() default "{" + EmailAddress.MALFORMED + "}";

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

  /** Reports each rule the address breaks under its own code; null and blank are left to {@code @NotBlank}. */
  final class Check implements ConstraintValidator<ValidEmail, String> {

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      List<String> problems = EmailAddress.problems(value);
      if (problems.isEmpty()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      problems.forEach(p -> context.buildConstraintViolationWithTemplate("{" + p + "}").addConstraintViolation());
      return false;
    }
  }
}
