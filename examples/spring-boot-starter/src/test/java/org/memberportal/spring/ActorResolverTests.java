/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.Recruiter;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.StaffId;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The default actor of a request: the authenticated principal, in the request's language. */
class ActorResolverTests {

  private static final UUID ID = UUID.fromString("5b1e4c3a-0000-4000-8000-00000000a1a1");

  private final ActorResolver actors = new PrincipalActors();

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void nobodySignedInIsTheAnonymousVisitorInTheRequestsLanguage() {
    LocaleContextHolder.setLocale(Locale.CANADA_FRENCH);
    assertThat(actors.current()).isEqualTo(Actor.anonymous().in(Locale.CANADA_FRENCH));

    signIn(new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    assertThat(actors.current()).isEqualTo(Actor.anonymous().in(Locale.CANADA_FRENCH));

    signIn(UsernamePasswordAuthenticationToken.unauthenticated(ID.toString(), "password"));
    assertThat(actors.current()).isInstanceOf(Actor.Anonymous.class);
  }

  @Test
  void theAuthoritiesSayWhichKindOfActorTheNamesIdIs() {
    LocaleContextHolder.setLocale(Locale.FRENCH);
    assertThat(as()).isEqualTo(Actor.account(new AccountId(ID)).in(Locale.FRENCH));
    assertThat(as(PrincipalActors.OPERATOR)).isEqualTo(Actor.operator(new StaffId(ID)).in(Locale.FRENCH));
    assertThat(as(PrincipalActors.RECRUITER)).isEqualTo(Recruiter.of(new StaffId(ID)).in(Locale.FRENCH));
    assertThat(as(PrincipalActors.CANDIDATE)).isEqualTo(Candidate.of(new CandidateId(ID)).in(Locale.FRENCH));
  }

  @Test
  void aNameThatIsNotAnIdGivesNoRights() {
    signIn(UsernamePasswordAuthenticationToken.authenticated("ada@example.org", null, List.of()));
    assertThat(actors.current()).isInstanceOf(Actor.Anonymous.class);
    signIn(UsernamePasswordAuthenticationToken.authenticated("1-2-3-4-5", null, List.of()));
    assertThat(actors.current()).isInstanceOf(Actor.Anonymous.class);
  }

  @Test
  void aPrincipalThatKnowsItsActorIsTakenAsItIs() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    Actor recruiter = Recruiter.of(new StaffId(ID)).in(Locale.FRENCH);
    ActorPrincipal principal = () -> recruiter;
    signIn(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
    assertThat(actors.current()).isEqualTo(recruiter.in(Locale.ENGLISH));
  }

  private Actor as(String... authorities) {
    signIn(UsernamePasswordAuthenticationToken.authenticated(ID.toString(), null,
        AuthorityUtils.createAuthorityList(authorities)));
    return actors.current();
  }

  private static void signIn(Authentication authentication) {
    SecurityContextHolder.getContext().setAuthentication(authentication);
  }
}
