/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.Recruiter;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.StaffId;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * The default {@link ActorResolver}: the actor of Spring Security's current authentication, in the language of
 * Spring's {@link LocaleContextHolder} (the request's {@code Accept-Language}, or what the application's
 * {@code LocaleResolver} chose). The rules, in order:
 *
 * <ul>
 *   <li>no authentication, an anonymous one, one not authenticated, or no Spring Security: the anonymous visitor;
 *   <li>a principal that is an {@link ActorPrincipal}: its actor;
 *   <li>otherwise the authentication's name is the id (a UUID) of the actor the authorities say:
 *       {@value #OPERATOR} an operator ({@code StaffId}), {@value #RECRUITER} a careers recruiter
 *       ({@code StaffId}), {@value #CANDIDATE} a careers candidate ({@code CandidateId}), and none of these an
 *       account holder ({@code AccountId});
 *   <li>a name that is not an id: the anonymous visitor (who may do nothing a signed-in actor may).
 * </ul>
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class PrincipalActors implements ActorResolver {

  /** The authority of the operator's staff. */
  public static final String OPERATOR = "ROLE_OPERATOR";

  /** The authority of careers' recruiters. */
  public static final String RECRUITER = "ROLE_RECRUITER";

  /** The authority of careers' candidates. */
  public static final String CANDIDATE = "ROLE_CANDIDATE";

  private static final boolean SECURITY = ClassUtils.isPresent(
      "org.springframework.security.core.context.SecurityContextHolder", PrincipalActors.class.getClassLoader());

  /** Creates the resolver. */
  public PrincipalActors() {}

  @Override
  public Actor current() {
    Actor actor = SECURITY ? Authenticated.actor() : Actor.anonymous();
    return actor.in(LocaleContextHolder.getLocale());
  }

  /** What reads Spring Security, loaded only when it is on the class path. */
  private static final class Authenticated {

    static Actor actor() {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication == null || !authentication.isAuthenticated()
          || authentication instanceof AnonymousAuthenticationToken) {
        return Actor.anonymous();
      }
      if (authentication.getPrincipal() instanceof ActorPrincipal principal) {
        return principal.actor();
      }
      UUID id = uuid(authentication.getName());
      if (id == null) {
        return Actor.anonymous();
      }
      Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
          .collect(Collectors.toSet());
      if (authorities.contains(OPERATOR)) {
        return Actor.operator(new StaffId(id));
      }
      if (authorities.contains(RECRUITER)) {
        return Recruiter.of(new StaffId(id));
      }
      if (authorities.contains(CANDIDATE)) {
        return Candidate.of(new CandidateId(id));
      }
      return Actor.account(new AccountId(id));
    }

    private static @Nullable UUID uuid(@Nullable String name) {
      if (name == null) {
        return null;
      }
      try {
        UUID id = UUID.fromString(name);
        // UUID.fromString accepts short forms ("1-2-3-4-5"): only the canonical text names an actor
        return id.toString().equalsIgnoreCase(name) ? id : null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
