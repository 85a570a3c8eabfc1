/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.member;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.organisation.DirectoryQuery;
import org.memberportal.affiliation.organisation.EnterOrganisation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.kernel.Page;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The organisations directory, before sign-in and after: membership type, then country, then organisation;
 * "enter your organisation data" for an organisation that is not in it.
 */
@RestController
@Tag(name = "member-endpoints")
public class DirectoryEndpoints {

  private final Organisations organisations;
  private final Commands commands;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param organisations the directory
   * @param commands reads commands and queries
   * @param me the caller
   */
  public DirectoryEndpoints(Organisations organisations, Commands commands, Me me) {
    this.organisations = organisations;
    this.commands = commands;
    this.me = me;
  }

  /**
   * The directory's first step: the membership types.
   *
   * @return the types
   */
  @GetMapping("/api/organisations/membership-types")
  public List<MembershipType> membershipTypes() {
    return organisations.membershipTypes();
  }

  /**
   * The directory's second step: the countries with organisations (of a type).
   *
   * @param membershipType the type, or none for every country
   * @return ISO 3166 codes
   */
  @GetMapping("/api/organisations/countries")
  public List<String> countries(@RequestParam @Nullable MembershipType membershipType) {
    return organisations.countries(Optional.ofNullable(membershipType));
  }

  /**
   * The directory: organisations by the {@code DirectoryQuery} attributes as query parameters
   * ({@code membershipType}, {@code country}, {@code name}, {@code page}, {@code size}).
   *
   * @param query the parameters
   * @return a page of organisations
   */
  @GetMapping("/api/organisations")
  @Reads(DirectoryQuery.class)
  public Page<Organisation> directory(@RequestParam MultiValueMap<String, String> query) {
    return organisations.search(commands.query(query, DirectoryQuery.class), me.actor());
  }

  /**
   * "Enter your organisation data": an organisation that is not in the directory, for the operator's review.
   *
   * @param body the {@code EnterOrganisation} attributes
   * @return the organisation entered
   */
  @PostMapping("/api/me/organisations")
  @ResponseStatus(HttpStatus.CREATED)
  @Reads(EnterOrganisation.class)
  public Organisation enter(@RequestBody JsonNode body) {
    return organisations.enter(commands.read(body, EnterOrganisation.class), me.actor()).value();
  }
}
