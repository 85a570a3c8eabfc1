/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.memberportal.portal.problem.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A per-client rate limit (Bucket4j token buckets) on the requests an attacker repeats: sign-in (and its second
 * step), sign-up, resend
 * and forgot-password, of members, candidates and staff. A client is its address as the servlet container sees it
 * (behind a proxy, configure {@code server.forward-headers-strategy} so that it is the caller's). Over the limit:
 * 429 as problem details with {@code Retry-After}. This is in addition to the library's per-account rules
 * (throttle, lockout, code cooldown and daily cap).
 */
public class RateLimit extends OncePerRequestFilter {

  /** The paths limited, for POST. */
  static final Set<String> LIMITED = Set.of("/api/session", "/api/session/second-factor",
      "/api/session/recovery-code", "/api/session/passkey", "/api/accounts", "/api/accounts/verification-code",
      "/api/accounts/password-reset", "/api/careers/session", "/api/careers/accounts",
      "/api/careers/accounts/verification-code", "/api/careers/accounts/password-reset", "/api/staff/session");

  /** Beyond this many clients the buckets start afresh (a bound on memory under a spray of addresses). */
  private static final int MAX_CLIENTS = 100_000;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final int capacity;
  private final Duration period;
  private final Problems problems;
  private final JsonMapper json;

  /**
   * Makes the limit.
   *
   * @param capacity how many limited requests a client may make in a period
   * @param period the period over which the capacity refills
   * @param problems how the refusal is worded
   * @param json writes the refusal
   */
  public RateLimit(int capacity, Duration period, Problems problems, JsonMapper json) {
    this.capacity = capacity;
    this.period = period;
    this.problems = problems;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !LIMITED.contains(request.getServletPath());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (buckets.size() > MAX_CLIENTS) {
      buckets.clear();
    }
    Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), client -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build()).build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      chain.doFilter(request, response);
      return;
    }
    ProblemDetail problem = problems.own(HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_REQUESTS,
        LocaleContextHolder.getLocale());
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader("Retry-After",
        String.valueOf(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()))));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
