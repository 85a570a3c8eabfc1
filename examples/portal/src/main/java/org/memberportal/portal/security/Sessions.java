/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Actor;
import org.memberportal.spring.ActorResolver;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The portal's sessions: who is signed in ({@link Signed}), the library's {@link Actor} for the request (in the
 * caller's language: the signed-in person's preference, else {@code Accept-Language}), a sign-in that starts a new
 * session (a fresh id: no fixation), and the end of a holder's other sessions when their password changes.
 */
@Component
public class Sessions {

  private final SecurityContextRepository contexts;
  private final SessionRegistry registry;
  private final ActorResolver actors;

  /**
   * Makes the sessions.
   *
   * @param contexts where Spring Security keeps a session's context
   * @param registry every session of every principal
   * @param actors the starter's actor resolver (the principal's actor in the request's language)
   */
  public Sessions(SecurityContextRepository contexts, SessionRegistry registry, ActorResolver actors) {
    this.contexts = contexts;
    this.registry = registry;
    this.actors = actors;
  }

  /**
   * Who is signed in, if anyone.
   *
   * @return the principal, or null
   */
  public static @Nullable Signed signed() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof Signed signed ? signed : null;
  }

  /**
   * The library's actor for this request: the signed-in principal, or an anonymous visitor, reading the request's
   * language.
   *
   * @return the actor
   */
  public Actor actor() {
    return actors.current();
  }

  /**
   * Starts a session for a principal who just signed in: a fresh session (id changed), registered for
   * {@link #endOthers}, reading the principal's preferred language when the library knows one.
   *
   * @param signed who
   * @param role the authority ({@code MEMBER}, {@code CANDIDATE}, {@code OPERATOR}, {@code RECRUITER})
   * @param language the preferred language, or null for {@code Accept-Language}
   * @param request the sign-in request
   * @param response its response
   */
  public void start(Signed signed, String role, @Nullable Locale language, HttpServletRequest request,
      HttpServletResponse response) {
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    if (language != null) {
      session.setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, language);
      LocaleContextHolder.setLocale(language);
    }
    Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(signed, null,
        List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    registry.registerNewSession(session.getId(), signed);
  }

  /**
   * Ends every session of a principal but the current request's (after a change of password: a thief's session
   * ends; after a reset, which is anonymous, every session ends).
   *
   * @param signed whose sessions
   * @param request the request that changed the password
   * @return how many sessions ended
   */
  public int endOthers(Signed signed, HttpServletRequest request) {
    HttpSession current = request.getSession(false);
    int ended = 0;
    for (SessionInformation session : registry.getAllSessions(signed, false)) {
      if (current == null || !session.getSessionId().equals(current.getId())) {
        session.expireNow();
        ended++;
      }
    }
    return ended;
  }
}
