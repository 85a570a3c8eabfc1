/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.problem;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.PortalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure of an endpoint into problem details ({@link Problems}): the library's refusals with the
 * status their kind chooses, a body the portal cannot read as 400 (or 422 when only required attributes are
 * missing), Spring MVC's own refusals (405, 415, ...) as Spring words them, and anything unexpected as a bare 500
 * that shows nothing of its cause (which is logged). Applies to the API's controllers only: the pages answer with
 * pages (package {@code web}).
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemAnswers extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemAnswers.class);

  /** How an Immutables strict builder names the attributes a body left out. */
  private static final String MISSING = "required attributes are not set [";

  private final Problems problems;

  /**
   * Makes the advice.
   *
   * @param problems how problems are worded
   */
  public ProblemAnswers(Problems problems) {
    this.problems = problems;
  }

  /**
   * A refusal of the library.
   *
   * @param refusal the refusal
   * @param locale the caller's language
   * @return its problem details
   */
  @ExceptionHandler(PortalException.class)
  public ResponseEntity<ProblemDetail> refused(PortalException refusal, Locale locale) {
    return answer(problems.of(refusal, locale));
  }

  /**
   * Anything nobody planned for: 500, nothing of it shown.
   *
   * @param failure what was thrown
   * @param locale the caller's language
   * @return a bare problem
   */
  @ExceptionHandler(Exception.class)
  public ResponseEntity<ProblemDetail> unexpected(Exception failure, Locale locale) {
    LOG.error("unexpected failure of an endpoint", failure);
    return answer(problems.own(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL, locale));
  }

  /**
   * A body that Jackson could not turn into the command (read by {@code Commands}).
   *
   * @param failure Jackson's failure
   * @param locale the caller's language
   * @return as for an unreadable body
   */
  @ExceptionHandler(JacksonException.class)
  public ResponseEntity<Object> unreadable(JacksonException failure, Locale locale) {
    return unreadable((Throwable) failure, locale);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return unreadable(failure, LocaleContextHolder.getLocale());
  }

  private ResponseEntity<Object> unreadable(Throwable failure, Locale locale) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof PortalException refusal) {
        return ResponseEntity.status(Problems.statusOf(refusal.code())).body(problems.of(refusal, locale));
      }
      String message = cause.getMessage();
      if (cause instanceof IllegalStateException && message != null && message.contains(MISSING)) {
        String names = message.substring(message.indexOf(MISSING) + MISSING.length(), message.lastIndexOf(']'));
        return ResponseEntity.unprocessableContent()
            .body(problems.missing(Arrays.stream(names.split(",")).map(String::strip).toList(), locale));
      }
    }
    LOG.debug("an unreadable request", failure);
    return ResponseEntity.badRequest().body(problems.own(HttpStatus.BAD_REQUEST, Problems.MALFORMED, locale));
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }
}
