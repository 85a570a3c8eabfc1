/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.IllegalTransition;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Unavailable;
import org.memberportal.kernel.ValidationFailed;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The portal's answers to what went wrong, as RFC 9457 problem details: the library's refusals and the portal's own
 * (a malformed body, too many requests, a missing session or CSRF token, an unexpected failure).
 *
 * <p>A refusal's {@code type} is its reason as a URI, {@code urn:memberportal:problem:<reason>} (a validation
 * failure's is its code, {@code ...:validation-failed}, since its reasons are per field); its properties are
 * {@code code} (the kind, which chose the status), {@code reason}, {@code details} (the library's machine-readable
 * details) and, for a validation failure, {@code violations} (each with {@code path}, {@code code} and
 * {@code message}). {@code title} names the kind and {@code detail} is the library's sentence for the reason, both in
 * the caller's language.
 */
@Component
public class Problems {

  /** Where every problem type of the portal lives. */
  public static final String TYPES = "urn:memberportal:problem:";

  /** The portal's own problem: a body that is not JSON or not of the expected shape. */
  public static final String MALFORMED = "portal.malformed-request";

  /** The portal's own problem: a client asked too often (the rate limit). */
  public static final String TOO_MANY_REQUESTS = "portal.too-many-requests";

  /** The portal's own problem: the request needs a session (sign in first). */
  public static final String SIGN_IN_REQUIRED = "portal.sign-in-required";

  /** The portal's own problem: a state-changing request without the session's CSRF token. */
  public static final String CSRF_TOKEN = "portal.csrf-token";

  /** The portal's own problem: a failure nobody planned for; nothing of it is shown. */
  public static final String INTERNAL = "portal.internal";

  private static final Map<String, HttpStatus> STATUS = Map.of(
      ValidationFailed.CODE, HttpStatus.UNPROCESSABLE_CONTENT,
      NotFound.CODE, HttpStatus.NOT_FOUND,
      NotAllowed.CODE, HttpStatus.FORBIDDEN,
      IllegalTransition.CODE, HttpStatus.CONFLICT,
      Conflict.CODE, HttpStatus.CONFLICT,
      PreconditionFailed.CODE, HttpStatus.PRECONDITION_REQUIRED,
      Unavailable.CODE, HttpStatus.SERVICE_UNAVAILABLE);

  private final MessageSource sentences;

  /**
   * Makes the problems with the portal's sentences.
   *
   * @param sentences the portal's {@code messages} bundles (the titles of the kinds)
   */
  public Problems(MessageSource sentences) {
    this.sentences = sentences;
  }

  /**
   * The status a kind of refusal is answered with.
   *
   * @param code the refusal's {@link PortalException#code()}
   * @return its status
   */
  public static HttpStatus statusOf(String code) {
    return STATUS.getOrDefault(code, HttpStatus.INTERNAL_SERVER_ERROR);
  }

  /**
   * A refusal of the library.
   *
   * @param refusal what the library threw
   * @param locale the caller's language
   * @return the problem
   */
  public ProblemDetail of(PortalException refusal, Locale locale) {
    boolean invalid = refusal instanceof ValidationFailed;
    String type = invalid ? refusal.code() : refusal.reason();
    ProblemDetail problem = problem(statusOf(refusal.code()), refusal.code(), type, locale);
    problem.setDetail(invalid ? title(refusal.code(), locale) : refusal.message(locale));
    problem.setProperty("code", refusal.code());
    problem.setProperty("reason", refusal.reason());
    if (!refusal.details().isEmpty()) {
      problem.setProperty("details", refusal.details());
    }
    if (refusal instanceof ValidationFailed failed) {
      problem.setProperty("violations", failed.violations().stream()
          .map(v -> Map.of("path", v.path(), "code", v.code(), "message", v.message())).toList());
    }
    return problem;
  }

  /**
   * Violations the portal finds itself, before the library sees the command (a required attribute missing).
   *
   * @param paths the properties that are missing
   * @param locale the caller's language
   * @return a validation failure, one violation per property
   */
  public ProblemDetail missing(List<String> paths, Locale locale) {
    String code = "portal.required";
    ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ValidationFailed.CODE, ValidationFailed.CODE,
        locale);
    problem.setDetail(title(ValidationFailed.CODE, locale));
    problem.setProperty("code", ValidationFailed.CODE);
    problem.setProperty("reason", code);
    problem.setProperty("violations", paths.stream()
        .map(path -> Map.of("path", path, "code", code, "message", sentence(code, locale))).toList());
    return problem;
  }

  /**
   * One of the portal's own problems.
   *
   * @param status its status
   * @param reason one of this class's constants
   * @param locale the caller's language
   * @return the problem, its detail the reason's sentence
   */
  public ProblemDetail own(HttpStatus status, String reason, Locale locale) {
    ProblemDetail problem = problem(status, reason, reason, locale);
    problem.setDetail(sentence(reason, locale));
    problem.setProperty("code", reason);
    problem.setProperty("reason", reason);
    return problem;
  }

  private ProblemDetail problem(HttpStatus status, String kind, String type, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create(TYPES + type));
    problem.setTitle(title(kind, locale));
    return problem;
  }

  private String title(String kind, Locale locale) {
    return sentences.getMessage("problem." + kind + ".title", null, kind, locale);
  }

  private String sentence(String reason, Locale locale) {
    return sentences.getMessage("problem." + reason, null, reason, locale);
  }
}
