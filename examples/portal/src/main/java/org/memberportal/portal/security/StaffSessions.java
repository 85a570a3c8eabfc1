/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff sign in apart from members, with the demo's {@link StaffLogin} ({@code username}, {@code password}); the
 * answer's {@code outcome} is {@code signed-in} with the desk's {@code role}, or {@code rejected}.
 */
@RestController
public class StaffSessions {

  private final StaffLogin login;
  private final Sessions sessions;

  /**
   * Makes the endpoint.
   *
   * @param login the configured staff
   * @param sessions the sessions
   */
  public StaffSessions(StaffLogin login, Sessions sessions) {
    this.login = login;
    this.sessions = sessions;
  }

  /**
   * Signs a staff member in.
   *
   * @param body {@code username}, {@code password}
   * @param request the request
   * @param response the response
   * @return the outcome
   */
  @PostMapping("/api/staff/session")
  public ResponseEntity<Map<String, String>> signIn(@RequestBody Map<String, String> body,
      HttpServletRequest request, HttpServletResponse response) {
    return login.signIn(body.getOrDefault("username", ""), body.getOrDefault("password", ""))
        .map(signed -> {
          String role = signed instanceof Signed.Operator ? StaffLogin.Role.OPERATOR.name()
              : StaffLogin.Role.RECRUITER.name();
          sessions.start(signed, role, null, request, response);
          return ResponseEntity.ok(Map.of("outcome", "signed-in", "role", role));
        })
        .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("outcome", "rejected")));
  }
}
