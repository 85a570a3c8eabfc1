/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.memberportal.portal.problem.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's web security: sessions (the cookie's attributes are in {@code application.properties}), CSRF with
 * the cookie-to-header pattern for a JSON API ({@code XSRF-TOKEN} cookie, {@code X-XSRF-TOKEN} header), the
 * desks for staff only, problem details for a missing session or token (on a page: the error page), the rate
 * limit, and security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffLogin.class)
public class SecurityConfiguration {

  /** Makes the configuration. */
  public SecurityConfiguration() {}

  /**
   * The filter chain.
   *
   * @param http Spring Security's builder
   * @param registry every session, so that a password change can end a holder's other sessions
   * @param contexts where a session's sign-in is kept
   * @param problems how refusals are worded
   * @param json writes them
   * @param capacity the rate limit's capacity ({@code portal.rate-limit.capacity})
   * @param period its period ({@code portal.rate-limit.period})
   * @return the chain
   * @throws Exception when Spring Security refuses the configuration
   */
  @Bean
  public SecurityFilterChain portalSecurity(HttpSecurity http, SessionRegistry registry,
      SecurityContextRepository contexts, Problems problems, JsonMapper json,
      @Value("${portal.rate-limit.capacity:10}") int capacity,
      @Value("${portal.rate-limit.period:1m}") Duration period) throws Exception {
    http.securityContext(context -> context.securityContextRepository(contexts))
        .sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(registry)
            .expiredSessionStrategy(event -> refuse(event.getResponse(), problems, json, HttpStatus.UNAUTHORIZED,
                Problems.SIGN_IN_REQUIRED)))
        .csrf(csrf -> csrf.spa())
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/api/desk/**").hasRole(StaffLogin.Role.OPERATOR.name())
            .requestMatchers("/api/recruiting/**").hasRole(StaffLogin.Role.RECRUITER.name())
            .requestMatchers("/api/me/**").hasRole("MEMBER")
            .requestMatchers("/api/careers/me/**").hasRole("CANDIDATE")
            .requestMatchers(HttpMethod.DELETE, "/api/session", "/api/careers/session", "/api/staff/session")
            .authenticated()
            .anyRequest().permitAll())
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint((request, response, e) ->
                refuse(response, problems, json, HttpStatus.UNAUTHORIZED, Problems.SIGN_IN_REQUIRED))
            .accessDeniedHandler((request, response, e) -> {
              if (!request.getServletPath().startsWith("/api/")) {
                response.sendError(HttpStatus.FORBIDDEN.value());
                return;
              }
              refuse(response, problems, json, HttpStatus.FORBIDDEN,
                  e instanceof org.springframework.security.web.csrf.CsrfException ? Problems.CSRF_TOKEN
                      : Problems.SIGN_IN_REQUIRED);
            }))
        .logout(logout -> logout.logoutRequestMatcher(request -> "DELETE".equals(request.getMethod())
                && request.getServletPath().matches("/api/(careers/|staff/)?session"))
            .logoutSuccessHandler((request, response, authentication) ->
                response.setStatus(HttpStatus.NO_CONTENT.value())))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; script-src 'self'; "
                + "style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
        .addFilterBefore(new RateLimit(capacity, period, problems, json), BasicAuthenticationFilter.class);
    return http.build();
  }

  /**
   * Keeps a signed-in context in the HTTP session.
   *
   * @return the repository
   */
  @Bean
  public SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  /**
   * Every session by principal.
   *
   * @return the registry
   */
  @Bean
  public SessionRegistry sessionRegistry() {
    return new SessionRegistryImpl();
  }

  /**
   * Tells the registry when a session ends.
   *
   * @return the publisher
   */
  @Bean
  public HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }

  private static void refuse(HttpServletResponse response, Problems problems, JsonMapper json, HttpStatus status,
      String reason) throws IOException {
    ProblemDetail problem = problems.own(status, reason, LocaleContextHolder.getLocale());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
