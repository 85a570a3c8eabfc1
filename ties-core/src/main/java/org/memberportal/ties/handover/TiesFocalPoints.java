/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.handover;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.ConfirmedHandOver;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.focalpoint.HandOverTiesFocalPoint;
import org.memberportal.affiliation.focalpoint.TiesSeatEligibility;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.Validation;
import org.memberportal.ties.TiesRefusals;
import org.memberportal.ties.port.PendingHandOvers;
import org.memberportal.ties.port.TiesAccountRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TIES Focal Point seat (T4): hand-over in two steps by the sitting TIES Focal Point or the ITU Focal Point
 * ({@link #prepare} returns what will change and a single-use, expiring token; {@link #confirm} applies it), and
 * the operator's appointment where the seat is vacant. The seat change itself is the affiliation module's
 * {@link ConfirmedHandOver} hook, which this service alone holds, called inside this module's command so both
 * commit together; it notifies the new holder
 * ({@code affiliation.focal-point-appointed}) and the former one ({@code affiliation.focal-point-released}). Who
 * may take the seat is one rule, {@link SeatNeedsTiesAccess}: checked here when a hand-over is prepared and
 * confirmed, and given to affiliation-core with the hook, which checks it on every hand-over before the seat
 * changes.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class TiesFocalPoints {

  /** How long a prepared hand-over waits for confirmation unless configured otherwise. */
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(15);

  private static final Logger LOG = LoggerFactory.getLogger(TiesFocalPoints.class);
  private static final Set<AffiliationRole> FOCAL_POINT = EnumSet.of(AffiliationRole.TIES_FOCAL_POINT,
      AffiliationRole.ITU_FOCAL_POINT);
  private static final List<HandOverChange> CHANGES = List.of(HandOverChange.SUCCESSOR_TAKES_SEAT,
      HandOverChange.FORMER_LOSES_FOCAL_POINT_RIGHTS, HandOverChange.FORMER_KEEPS_TIES_ACCESS,
      HandOverChange.BOTH_NOTIFIED);

  private final Host host;
  private final AccountDirectory accounts;
  private final Organisations organisations;
  private final FocalPoints focalPoints;
  private final SeatNeedsTiesAccess successors;
  private final ConfirmedHandOver seatChange;
  private final PendingHandOvers pending;
  private final Duration tokenLifetime;

  /**
   * Creates the service; it takes the affiliation module's {@link FocalPoints#confirmedHandOver(TiesSeatEligibility)}
   * hook, which is handed out once (build one per host), and gives with it the rule {@link SeatNeedsTiesAccess}.
   *
   * @param host the shared host
   * @param accounts the account directory
   * @param organisations the organisations directory
   * @param focalPoints the affiliation module's focal point service
   * @param register the accounts' TIES access
   * @param pending the prepared hand-overs
   * @param tokenLifetime how long a prepared hand-over may be confirmed
   */
  public TiesFocalPoints(Host host, AccountDirectory accounts, Organisations organisations, FocalPoints focalPoints,
      TiesAccountRegister register, PendingHandOvers pending, Duration tokenLifetime) {
    this.host = host;
    this.accounts = accounts;
    this.organisations = organisations;
    this.focalPoints = focalPoints;
    this.successors = new SeatNeedsTiesAccess(accounts, register);
    this.seatChange = focalPoints.confirmedHandOver(successors);
    this.pending = pending;
    this.tokenLifetime = tokenLifetime;
  }

  /**
   * Prepares handing the TIES seat to a successor with active TIES access in the same organisation; nothing
   * changes until {@link #confirm}. Preparing again replaces an earlier preparation for the organisation.
   *
   * @param command the organisation and the successor
   * @param actor the sitting TIES Focal Point or the ITU Focal Point of the organisation
   * @return what will change and the token, and a {@link TiesFocalPointEvent.HandOverPrepared}
   * @throws PreconditionFailed {@code ties.no-ties-focal-point}, {@code ties.account-not-active},
   *     {@code ties.successor-without-ties-access}
   */
  public Outcome<HandOverPreview> prepare(PrepareTiesHandOver command, Actor actor) {
    Validation.check(command, actor);
    AccountId preparer = focalPointAccount(actor);
    return host.command(() -> {
      Organisation organisation = organisations.get(command.organisation());
      AffiliationRole.checkAssurance(accounts.factorPolicy(), actor, requireFocalPoint(actor, organisation));
      AccountId former = sittingTiesFocalPoint(organisation);
      AccountId successor = command.successor();
      requireSuccessor(former, successor, organisation);
      String token = newToken();
      Instant now = host.clock().instant();
      Instant expiresAt = now.plus(tokenLifetime);
      pending.add(PendingHandOver.builder().tokenHash(hash(token)).organisation(organisation.id()).former(former)
          .successor(successor).preparedBy(preparer).expiresAt(expiresAt).build());
      LOG.info("TIES hand-over of {} prepared by account {}: {} -> {}", organisation.id(), preparer, former,
          successor);
      return Outcome.of(new HandOverPreview(organisation.id(), former, successor, CHANGES, expiresAt, Secret.of(token)),
          new TiesFocalPointEvent.HandOverPrepared(now, actor, organisation.id(), former, successor, expiresAt));
    });
  }

  /**
   * Applies a prepared hand-over: the successor takes the seat, the former TIES Focal Point keeps TIES access and
   * loses the seat's rights; both are notified. The token works once, until it expires, for the focal point who
   * prepared it; every rule is checked again.
   *
   * @param command the token
   * @param actor the focal point who prepared the hand-over
   * @return the new seats and a {@link TiesFocalPointEvent.HandedOver}
   * @throws NotFound {@code ties.hand-over-unknown} when the token matches no pending hand-over
   */
  public Outcome<FocalPointSeats> confirm(ConfirmTiesHandOver command, Actor actor) {
    Validation.check(command, actor);
    AccountId confirmer = focalPointAccount(actor);
    return host.command(() -> {
      PendingHandOver p = pending.remove(hash(command.token().reveal()))
          .orElseThrow(() -> new NotFound(TiesRefusals.HAND_OVER_UNKNOWN, "no pending hand-over for this token"));
      if (!p.preparedBy().equals(confirmer)) {
        throw new NotAllowed(TiesRefusals.HAND_OVER_NOT_YOURS, "only the focal point who prepared it confirms it");
      }
      if (host.clock().instant().isAfter(p.expiresAt())) {
        throw new PreconditionFailed(TiesRefusals.HAND_OVER_EXPIRED, "the hand-over expired: prepare it again");
      }
      Organisation organisation = organisations.get(p.organisation());
      requireFocalPoint(actor, organisation);
      AccountId former = sittingTiesFocalPoint(organisation);
      if (!former.equals(p.former())) {
        throw new Conflict(TiesRefusals.FOCAL_POINT_CHANGED,
            "the TIES focal point changed since the hand-over was prepared");
      }
      requireSuccessor(former, p.successor(), organisation);
      Outcome<FocalPointSeats> changed = seatChange.handOver(HandOverTiesFocalPoint.builder()
          .organisation(organisation.id()).successor(p.successor()).build(), actor);
      LOG.info("TIES focal point of {} handed over by account {}: {} -> {}", organisation.id(), confirmer, former,
          p.successor());
      return Outcome.of(changed.value(), new TiesFocalPointEvent.HandedOver(host.clock().instant(), actor,
          organisation.id(), former, p.successor()));
    });
  }

  /**
   * The operator seats a TIES Focal Point where there is none; the account needs an approved affiliation with
   * the organisation and gets TIES access there if it has none.
   *
   * @param command the organisation and the account
   * @param actor the operator
   * @return the new seats and a {@link TiesFocalPointEvent.Appointed}
   * @throws PreconditionFailed {@code ties.ties-focal-point-sitting} when the seat is taken (hand it over)
   */
  public Outcome<FocalPointSeats> appoint(AppointTiesFocalPoint command, Actor actor) {
    Validation.check(command, actor);
    if (!(actor instanceof Actor.Operator)) {
      throw new NotAllowed(TiesRefusals.OPERATOR_ONLY, "only the operator seats a TIES focal point");
    }
    return host.command(() -> {
      Organisation organisation = organisations.get(command.organisation());
      if (focalPoints.seatsOf(organisation.id()).ties().isPresent()) {
        throw new PreconditionFailed(TiesRefusals.TIES_FOCAL_POINT_SITTING,
            "the sitting TIES focal point hands the seat over");
      }
      Outcome<FocalPointSeats> changed = focalPoints.appoint(AppointFocalPoint.builder().organisation(organisation.id())
          .seat(FocalPointRole.TIES).account(command.account()).build(), actor);
      return Outcome.of(changed.value(),
          new TiesFocalPointEvent.Appointed(host.clock().instant(), actor, organisation.id(), command.account()));
    });
  }

  private static AccountId focalPointAccount(Actor actor) {
    if (!(actor instanceof Actor.AccountHolder holder)) {
      throw new NotAllowed(TiesRefusals.NOT_A_FOCAL_POINT,
          "only the organisation's focal points hand the TIES seat over");
    }
    return holder.account();
  }

  /** The actor's roles in the organisation, which must hold one of its focal point seats. */
  private Set<AffiliationRole> requireFocalPoint(Actor actor, Organisation organisation) {
    Set<AffiliationRole> roles = focalPoints.rolesOf(actor, organisation.id());
    if (roles.stream().noneMatch(FOCAL_POINT::contains)) {
      throw new NotAllowed(TiesRefusals.NOT_A_FOCAL_POINT,
          "only the organisation's focal points hand the TIES seat over");
    }
    return roles;
  }

  private AccountId sittingTiesFocalPoint(Organisation organisation) {
    return focalPoints.seatsOf(organisation.id()).ties().orElseThrow(() -> new PreconditionFailed(
        TiesRefusals.NO_TIES_FOCAL_POINT, "no sitting TIES focal point: the operator appoints one"));
  }

  private void requireSuccessor(AccountId former, AccountId successor, Organisation organisation) {
    if (former.equals(successor)) {
      throw new Conflict(TiesRefusals.FOCAL_POINT_UNCHANGED, "the successor already holds the seat");
    }
    successors.requireEligible(organisation.id(), successor);
  }

  private String newToken() {
    byte[] bytes = new byte[32];
    Tokens.RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The token generator, seeded at the first hand-over rather than when the service is built (start-up). */
  private static final class Tokens {
    static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}
  }

  /** Only the hash is stored, so a leaked store does not let anyone confirm a hand-over. */
  static String hash(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // every Java platform provides SHA-256
      throw new AssertionError(e);
    }
  }
}
