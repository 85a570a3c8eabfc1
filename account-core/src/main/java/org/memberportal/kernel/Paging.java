/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The page a query asks for: page number from 0, page size from 1 to {@link #MAX_SIZE}, {@link #DEFAULT_SIZE}
 * unless said otherwise. A query implements it and names its own violation codes with {@link Codes}.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface Paging {

  /** The largest page a query may ask for. */
  int MAX_SIZE = 100;

  /** The page size when the query says none. */
  int DEFAULT_SIZE = 20;

  /**
   * Page number, from 0.
   *
   * @return the page
   */
  @Value.Default
  default int page() {
    return 0;
  }

  /**
   * Page size, 1 to {@link #MAX_SIZE}.
   *
   * @return the size
   */
  @Value.Default
  default int size() {
    return DEFAULT_SIZE;
  }

  /**
   * The codes (message keys) under which a query's paging is refused: a negative page under {@link #page()} at
   * property {@code page}, a size outside 1 to {@link #MAX_SIZE} under {@link #size()} at property {@code size}.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.STABLE, since = "0.2.0")
  @Documented
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = Codes.Check.class)
  @interface Codes {

    /**
     * The code of a negative page number.
     *
     * @return the message key
     */
    String page();

    /**
     * The code of a page size out of range.
     *
     * @return the message key
     */
    String size();

    /**
     * Unused: each violation has its own code.
     *
     * @return the default message
     */
    String message() default "";

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

    /** Reports a negative page and a size out of range at their properties, under the query's codes. */
    final class Check implements ConstraintValidator<Codes, Paging> {

      private Codes codes;

      @Override
      public void initialize(Codes annotation) {
        this.codes = annotation;
      }

      @Override
      public boolean isValid(@Nullable Paging paging, ConstraintValidatorContext context) {
        if (paging == null) {
          return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (paging.page() < 0) {
          valid = refuse(context, codes.page(), "page");
        }
        if (paging.size() < 1 || paging.size() > MAX_SIZE) {
          valid = refuse(context, codes.size(), "size");
        }
        return valid;
      }

      private static boolean refuse(ConstraintValidatorContext context, String code, String property) {
        context.buildConstraintViolationWithTemplate("{" + code + "}").addPropertyNode(property)
            .addConstraintViolation();
        return false;
      }
    }
  }
}
