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
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The annotated text is text a person can read and every store can keep: well-formed Unicode without control
 * or direction-changing characters. Every text property of every command and value the library accepts carries
 * it (a test in the examples finds the ones that do not). Three rules, each with its own violation code:
 *
 * <ul>
 *   <li>{@value #CONTROL_CHARACTER}: no control character, C0 ({@code U+0000}-{@code U+001F}, NUL included),
 *       {@code U+007F} or C1 ({@code U+0080}-{@code U+009F}), and no line or paragraph separator
 *       ({@code U+2028}, {@code U+2029}); a {@link #multiLine() multi-line} field (a cover letter, a vacancy's
 *       description) allows tab, line feed and carriage return, and the two separators;</li>
 *   <li>{@value #BIDI_CONTROL}: no bidirectional formatting character, the embeddings and overrides
 *       ({@code U+202A}-{@code U+202E}), the isolates ({@code U+2066}-{@code U+2069}) and the marks
 *       ({@code U+200E}, {@code U+200F}, {@code U+061C}), with which a name can show other text than it holds
 *       (CVE-2021-42574, "Trojan Source");</li>
 *   <li>{@value #ILL_FORMED}: no unpaired surrogate (ill-formed UTF-16, which no UTF-8 database can store:
 *       PostgreSQL's driver turns it into {@code ?}) and no noncharacter ({@code U+FDD0}-{@code U+FDEF} and the
 *       last two code points of every plane, {@code U+FFFE}, {@code U+FFFF}, ...), which Unicode reserves for a
 *       program's internal use.</li>
 * </ul>
 *
 * <p>Only the first problem of a text is reported. {@code null} is valid (other constraints say whether a value
 * is required). Values checked in code rather than by annotation use {@link Check#problem(CharSequence, boolean)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Documented
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Text.Check.class)
public @interface Text {

  /** Code (and message key) of a control character in the text. */
  String CONTROL_CHARACTER = "kernel.text.control-character";

  /** Code (and message key) of a bidirectional formatting character in the text. */
  String BIDI_CONTROL = "kernel.text.bidi-control";

  /** Code (and message key) of ill-formed UTF-16 or a noncharacter in the text. */
  String ILL_FORMED = "kernel.text.ill-formed";

  /**
   * Whether the field holds several lines by nature, so that tab, line feed and carriage return are text.
   *
   * @return true for a multi-line field
   */
  boolean multiLine() default false;

  /**
   * The message template; empty (the default) for the message of the rule broken, whose key is the code.
   *
   * @return the template
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

  /** Checks the code points of a text against the three rules. */
  final class Check implements ConstraintValidator<Text, CharSequence> {

    private boolean multiLine;
    private String message = "";

    @Override
    public void initialize(Text annotation) {
      multiLine = annotation.multiLine();
      message = annotation.message();
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      Optional<String> problem = problem(value, multiLine);
      if (problem.isEmpty()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(message.isEmpty() ? "{" + problem.get() + "}" : message)
          .addConstraintViolation();
      return false;
    }

    /**
     * The first rule a text breaks, for values checked in code.
     *
     * @param text the text
     * @param multiLine whether tab, line feed and carriage return are allowed
     * @return the code of the rule broken ({@link Text#CONTROL_CHARACTER}, {@link Text#BIDI_CONTROL},
     *     {@link Text#ILL_FORMED}), or empty when the text is text
     */
    public static Optional<String> problem(CharSequence text, boolean multiLine) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          if (isNoncharacter(Character.toCodePoint(c, text.charAt(++i)))) {
            return Optional.of(ILL_FORMED);
          }
        } else if (Character.isSurrogate(c) || isNoncharacter(c)) {
          return Optional.of(ILL_FORMED);
        } else if (isControl(c, multiLine)) {
          return Optional.of(CONTROL_CHARACTER);
        } else if (isBidiControl(c)) {
          return Optional.of(BIDI_CONTROL);
        }
      }
      return Optional.empty();
    }

    /** C0, DEL and C1 controls, and the Unicode line and paragraph separators; a multi-line text keeps its lines. */
    private static boolean isControl(char c, boolean multiLine) {
      boolean lineBreak = c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
      return (Character.getType(c) == Character.CONTROL || lineBreak) && !(multiLine && lineBreak);
    }

    /** Embeddings, overrides, isolates and the left-to-right, right-to-left and Arabic letter marks. */
    private static boolean isBidiControl(char c) {
      return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
          || c == '\u061C';
    }

    /** The 66 code points Unicode keeps out of interchange. */
    private static boolean isNoncharacter(int codePoint) {
      return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }
  }
}
