/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.desk;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.affiliation.organisation.RegisterOrganisation;
import org.memberportal.affiliation.organisation.ReviewOrganisation;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Decision;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The operator's organisations screen: the organisations users entered ("enter your organisation data") waiting
 * for review, each approved as a record of the directory, rejected (its links end) or merged into an existing
 * record (its affiliations follow); and the directory's own records, which the operator adds or updates.
 */
@RestController
public class OrganisationDesk {

  private final Organisations organisations;
  private final Commands commands;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param organisations the directory
   * @param commands reads commands from bodies
   * @param me the caller
   */
  public OrganisationDesk(Organisations organisations, Commands commands, Me me) {
    this.organisations = organisations;
    this.commands = commands;
    this.me = me;
  }

  /**
   * The user-entered organisations waiting for review, oldest first.
   *
   * @return them
   */
  @GetMapping("/api/desk/organisations/entered")
  public List<Organisation> awaitingReview() {
    return organisations.awaitingReview(me.actor());
  }

  /**
   * Adds a verified record to the directory, or updates the one with the body's {@code id}.
   *
   * @param body the {@code RegisterOrganisation} attributes
   * @return the record
   */
  @PostMapping("/api/desk/organisations")
  @ResponseStatus(HttpStatus.CREATED)
  @Reads(RegisterOrganisation.class)
  public Organisation register(@RequestBody JsonNode body) {
    return organisations.register(commands.read(body, RegisterOrganisation.class), me.actor()).value();
  }

  /**
   * Approves a user-entered organisation as a record of the directory, still not a member ({@code approval}, no
   * body needed), or rejects it ({@code rejection}, {@code reason} optional), which ends the links to it.
   *
   * @param organisation the organisation
   * @param decision {@code approval} or {@code rejection}
   * @param body the reason, if any
   * @return the organisation
   */
  @PostMapping("/api/desk/organisations/{organisation}/" + Decision.PATH)
  @Reads(ReviewOrganisation.class)
  public Organisation decide(@PathVariable String organisation, @PathVariable Decision decision,
      @RequestBody @Nullable JsonNode body) {
    return decision.take(organisations::approve, organisations::reject, review(organisation, body),
        me.actor());
  }

  /**
   * Merges a user-entered organisation into an existing record ({@code mergeInto}); its affiliations follow (into
   * a member organisation, as requests its focal points decide).
   *
   * @param organisation the organisation
   * @param body {@code mergeInto}
   * @return the merged organisation
   */
  @PostMapping("/api/desk/organisations/{organisation}/merger")
  @Reads(ReviewOrganisation.class)
  public Organisation merge(@PathVariable String organisation, @RequestBody JsonNode body) {
    return organisations.merge(review(organisation, body), me.actor()).value();
  }

  private ReviewOrganisation review(String organisation, @Nullable JsonNode body) {
    return commands.read(body, ReviewOrganisation.class, "organisation", OrganisationId.of(organisation));
  }
}
