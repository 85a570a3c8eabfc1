/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.recruiting;

import org.memberportal.careers.CandidateId;
import org.memberportal.careers.profile.CandidateProfiles;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.talent.Talent;
import org.memberportal.careers.talent.TalentQuery;
import org.memberportal.careers.talent.TalentSearch;
import org.memberportal.kernel.Page;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.security.Me;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recruiter's desk, talent search (C12): candidates who declared interest in short-term, consultant or
 * internship work, filtered by expertise and languages, and a candidate's profile.
 */
@RestController
public class TalentEndpoints {

  private final TalentSearch talent;
  private final CandidateProfiles profiles;
  private final Commands commands;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param talent the talent search
   * @param profiles the candidates' profiles
   * @param commands reads the query parameters as a query
   * @param me the caller
   */
  public TalentEndpoints(TalentSearch talent, CandidateProfiles profiles, Commands commands, Me me) {
    this.talent = talent;
    this.profiles = profiles;
    this.commands = commands;
    this.me = me;
  }

  /**
   * Candidates by the {@code TalentQuery} attributes as query parameters: {@code interests} ({@code SHORT_TERM},
   * {@code CONSULTANT}, {@code INTERNSHIP}; repeatable), {@code expertise}, {@code languages} (ISO 639 codes;
   * repeatable), {@code page}, {@code size}.
   *
   * @param query the parameters
   * @return a page of candidates, ordered by id
   */
  @GetMapping("/api/recruiting/talent")
  public Page<Talent> search(@RequestParam MultiValueMap<String, String> query) {
    return talent.search(commands.query(query, TalentQuery.class), me.actor());
  }

  /**
   * A candidate's profile, for recruiters.
   *
   * @param candidate the candidate's id
   * @return the profile
   */
  @GetMapping("/api/recruiting/candidates/{candidate}/profile")
  public Profile profile(@PathVariable String candidate) {
    return profiles.profile(CandidateId.of(candidate), me.actor());
  }
}
