/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.desk;

import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.roster.ManageMyUsers;
import org.memberportal.affiliation.roster.RosterEntry;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.kernel.Page;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Decision;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.memberportal.ties.handover.AppointTiesFocalPoint;
import org.memberportal.ties.handover.TiesFocalPoints;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The operator's focal point screen: an organisation's seats, the ITU Focal Point appointed (set or changed), the
 * TIES Focal Point seated where the seat is vacant (the account needs an approved affiliation and gets TIES access;
 * a sitting one hands the seat over himself), and the organisation's users with the requests that no focal point
 * decides, which the operator approves or rejects.
 */
@RestController
public class FocalPointDesk {

  private final FocalPoints focalPoints;
  private final TiesFocalPoints tiesFocalPoints;
  private final ManageMyUsers roster;
  private final Affiliations affiliations;
  private final Commands commands;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param focalPoints the seats
   * @param tiesFocalPoints the TIES seat's appointment (with TIES access)
   * @param roster an organisation's users
   * @param affiliations the affiliations
   * @param commands reads commands from bodies, queries from parameters
   * @param me the caller
   */
  public FocalPointDesk(FocalPoints focalPoints, TiesFocalPoints tiesFocalPoints, ManageMyUsers roster,
      Affiliations affiliations, Commands commands, Me me) {
    this.focalPoints = focalPoints;
    this.tiesFocalPoints = tiesFocalPoints;
    this.roster = roster;
    this.affiliations = affiliations;
    this.commands = commands;
    this.me = me;
  }

  /**
   * An organisation's focal point seats.
   *
   * @param organisation the organisation
   * @return its seats (vacant when never filled)
   */
  @GetMapping("/api/desk/organisations/{organisation}/focal-points")
  public FocalPointSeats seats(@PathVariable String organisation) {
    return focalPoints.seatsOf(OrganisationId.of(organisation));
  }

  /**
   * Appoints the ITU Focal Point of a member organisation ({@code account}), or changes it.
   *
   * @param organisation the organisation
   * @param body {@code account}
   * @return the seats
   */
  @PutMapping("/api/desk/organisations/{organisation}/focal-points/itu")
  @Reads(value = AppointFocalPoint.class, set = "seat")
  public FocalPointSeats appointItu(@PathVariable String organisation, @RequestBody JsonNode body) {
    return focalPoints.appoint(commands.read(body, AppointFocalPoint.class, "organisation",
        OrganisationId.of(organisation), "seat", FocalPointRole.ITU), me.actor()).value();
  }

  /**
   * Seats the TIES Focal Point where there is none ({@code account}); the account needs an approved affiliation
   * with the organisation and gets TIES access there if it has none.
   *
   * @param organisation the organisation
   * @param body {@code account}
   * @return the seats
   */
  @PutMapping("/api/desk/organisations/{organisation}/focal-points/ties")
  @Reads(AppointTiesFocalPoint.class)
  public FocalPointSeats appointTies(@PathVariable String organisation, @RequestBody JsonNode body) {
    return tiesFocalPoints.appoint(commands.read(body, AppointTiesFocalPoint.class, "organisation",
        OrganisationId.of(organisation)), me.actor()).value();
  }

  /**
   * An organisation's users, as Manage my users lists them ({@code text}, {@code pendingOnly}, {@code page},
   * {@code size}).
   *
   * @param organisation the organisation
   * @param query the parameters
   * @return a page of users
   */
  @GetMapping("/api/desk/organisations/{organisation}/users")
  @Reads(RosterQuery.class)
  public Page<RosterEntry> users(@PathVariable String organisation,
      @RequestParam MultiValueMap<String, String> query) {
    return roster.list(commands.query(query, RosterQuery.class, "organisation", OrganisationId.of(organisation)),
        me.actor());
  }

  /**
   * Approves a request that no focal point decides ({@code approval}, {@code reason} optional) or rejects it
   * ({@code rejection}, {@code reason}).
   *
   * @param affiliation the request
   * @param decision {@code approval} or {@code rejection}
   * @param body the decision
   * @return the affiliation
   */
  @PostMapping("/api/desk/affiliations/{affiliation}/" + Decision.PATH)
  @Reads(DecideAffiliation.class)
  public Affiliation decide(@PathVariable String affiliation, @PathVariable Decision decision,
      @RequestBody @Nullable JsonNode body) {
    return decision.take(affiliations::approve, affiliations::reject, commands.read(body,
        DecideAffiliation.class, "affiliation", AffiliationId.of(affiliation)), me.actor());
  }
}
